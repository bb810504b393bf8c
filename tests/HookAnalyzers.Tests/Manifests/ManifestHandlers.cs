using YamlDotNet.RepresentationModel;

namespace HookAnalyzers.Tests.Manifests;

/// <summary>A lifecycle handler or probe as written in a generated patch.</summary>
public sealed record ManifestHandler(string Kind, IReadOnlyList<string> Command, string? Path, int? Port, string? Scheme, IReadOnlyList<(string Name, string Value)> Headers, int? SleepSeconds);

/// <summary>Reads the hook handlers and the readiness probe of the single container in a lifecycle.patch.yaml.</summary>
public sealed class ManifestHandlers
{
    private readonly YamlMappingNode _container;

    public ManifestHandlers(string patchYaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(patchYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        _container = (YamlMappingNode)((YamlSequenceNode)root["spec"]["template"]["spec"]["containers"]).Children.Single();
    }

    public ManifestHandler? PostStart => Lifecycle("postStart");

    public ManifestHandler? PreStop => Lifecycle("preStop");

    public ManifestHandler? ReadinessProbe
        => _container.Children.TryGetValue(new YamlScalarNode("readinessProbe"), out var probe) ? Handler((YamlMappingNode)probe) : null;

    private ManifestHandler? Lifecycle(string hook)
        => _container.Children.TryGetValue(new YamlScalarNode("lifecycle"), out var lifecycle)
            && ((YamlMappingNode)lifecycle).Children.TryGetValue(new YamlScalarNode(hook), out var handler)
                ? Handler((YamlMappingNode)handler)
                : null;

    private static ManifestHandler Handler(YamlMappingNode handler)
    {
        if (handler.Children.TryGetValue(new YamlScalarNode("exec"), out var exec))
        {
            var command = ((YamlSequenceNode)((YamlMappingNode)exec)["command"]).Children.Select(Text).ToList();
            return new ManifestHandler("exec", command, null, null, null, [], null);
        }

        if (handler.Children.TryGetValue(new YamlScalarNode("httpGet"), out var node))
        {
            var httpGet = (YamlMappingNode)node;
            var headers = httpGet.Children.TryGetValue(new YamlScalarNode("httpHeaders"), out var list)
                ? ((YamlSequenceNode)list).Children.Cast<YamlMappingNode>().Select(h => (Text(h["name"]), Text(h["value"]))).ToList()
                : [];
            return new ManifestHandler("httpGet", [], Text(httpGet["path"]), int.Parse(Text(httpGet["port"]), System.Globalization.CultureInfo.InvariantCulture), Text(httpGet["scheme"]), headers, null);
        }

        if (handler.Children.TryGetValue(new YamlScalarNode("sleep"), out var sleep))
        {
            return new ManifestHandler("sleep", [], null, null, null, [], int.Parse(Text(((YamlMappingNode)sleep)["seconds"]), System.Globalization.CultureInfo.InvariantCulture));
        }

        var kinds = string.Join(", ", handler.Children.Keys.Select(Text));
        throw new Xunit.Sdk.XunitException($"Unexpected handler kind: {kinds}");
    }

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value!;
}
