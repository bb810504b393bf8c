// Validates Kubernetes YAML files against the upstream OpenAPI schema (kubernetes-models).
// Usage: node validate.mjs <file>...   One JSON line per file: {"file", "ok", "errors"}.
// A file named *.container.yaml is a container fragment: it is validated inside a minimal Deployment.
// Besides the schema, lifecycle handlers must not use tcpSocket (the kubelet always fails it).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { DaemonSet, Deployment, ReplicaSet, StatefulSet } from "kubernetes-models/apps/v1";
import { Service } from "kubernetes-models/v1";

const kinds = { Deployment, StatefulSet, DaemonSet, ReplicaSet, Service };

function wrapContainer(container) {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "fragment" },
    spec: {
      selector: { matchLabels: { app: "fragment" } },
      template: {
        metadata: { labels: { app: "fragment" } },
        spec: { containers: [{ image: "fragment:latest", ...container }] },
      },
    },
  };
}

function tcpSocketHooks(resource) {
  const containers = resource?.spec?.template?.spec?.containers ?? [];
  return containers.flatMap((c) =>
    ["postStart", "preStop"]
      .filter((hook) => c.lifecycle?.[hook]?.tcpSocket !== undefined)
      .map((hook) => `container ${c.name}: ${hook} uses tcpSocket`));
}

function validateFile(file) {
  const errors = [];
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  if (documents.length === 0) {
    errors.push("no YAML document");
  }

  for (const document of documents) {
    if (document.errors.length > 0) {
      errors.push(...document.errors.map((e) => `YAML: ${e.message}`));
      continue;
    }

    let resource = document.toJS();
    if (file.endsWith(".container.yaml")) {
      resource = wrapContainer(resource);
    }

    const Kind = kinds[resource?.kind];
    if (!Kind) {
      errors.push(`unsupported kind ${resource?.kind}`);
      continue;
    }

    try {
      new Kind(resource).validate();
    } catch (error) {
      errors.push(`${resource.kind} ${resource.metadata?.name}: ${error.message}`);
    }

    errors.push(...tcpSocketHooks(resource));
  }

  return errors;
}

for (const file of process.argv.slice(2)) {
  let errors;
  try {
    errors = validateFile(file);
  } catch (error) {
    errors = [String(error?.message ?? error)];
  }

  console.log(JSON.stringify({ file, ok: errors.length === 0, errors }));
}
