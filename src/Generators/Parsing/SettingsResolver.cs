using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using HookAnalyzers.Generators.Helpers;
using HookAnalyzers.Generators.Model;

namespace HookAnalyzers.Generators.Parsing;

/// <summary>The settings to use plus every invalid value found on the way.</summary>
internal sealed record ResolvedSettings(HookSettings Settings, EquatableArray<SettingProblem> Problems);

/// <summary>
/// Applies precedence (MSBuild property, then attribute argument, then default) and validates
/// each value. Shared by the generator (which uses <see cref="ResolvedSettings.Settings"/>) and
/// the settings analyzer (which reports <see cref="ResolvedSettings.Problems"/>).
/// </summary>
internal static class SettingsResolver
{
    public const int DefaultPort = 8080;
    public const string DefaultPathBase = WireNames.DefaultPathBase;
    public const int DefaultDrainDelaySeconds = 5;
    public const int DefaultShutdownTimeoutSeconds = 10;
    public const int DefaultMethodTimeoutSeconds = 10;
    public const string DefaultKubernetesVersion = "1.34";
    public const string DefaultWorkloadKind = "Deployment";
    public const int MaxSeconds = 3600;

    /// <summary>Oldest version whose httpGet hooks honour scheme and headers (ConsistentHTTPGetHandlers).</summary>
    public static readonly KubernetesVersion MinimumKubernetesVersion = new(1, 25);

    public static readonly string[] WorkloadKinds = { "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet" };

    /// <summary>Signals the kubelet accepts for Linux containers (KEP-4960 validation list).</summary>
    public static readonly string[] LinuxStopSignals = BuildLinuxSignals();

    private static readonly Regex DnsLabel = new("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex DnsSubdomain = new("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex PathSegment = new("^(/[A-Za-z0-9._~-]+)+$", RegexOptions.CultureInvariant);
    private static readonly Regex VersionPattern = new("^v?([0-9]{1,3})\\.([0-9]{1,3})(\\.[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex ProbePath = new("^/[\\x21-\\x7E]{0,1023}$", RegexOptions.CultureInvariant);
    private static readonly Regex HeaderToken = new("^[\\x21-\\x7E]{1,256}$", RegexOptions.CultureInvariant);

    public static ResolvedSettings Resolve(
        EquatableArray<RawSetting> fromAttribute,
        EquatableArray<RawSetting> fromMsBuild,
        string assemblyName,
        string? defaultHookCommand = null,
        int defaultDrainDelaySeconds = DefaultDrainDelaySeconds,
        bool worker = false)
    {
        var reader = new Reader(fromAttribute, fromMsBuild);
        var containerName = DefaultContainerName(assemblyName);

        var port = reader.Int(SettingNames.Port, DefaultPort, 1, 65535);
        int? managementPort = reader.Has(SettingNames.ManagementPort)
            ? reader.Int(SettingNames.ManagementPort, 0, 1, 65535)
            : null;
        if (managementPort == 0)
        {
            managementPort = null;
        }
        else if (managementPort == port)
        {
            reader.Problem(SettingNames.ManagementPort, $"ManagementPort {managementPort} must differ from Port {port}: a separate port is the point of setting it");
            managementPort = null;
        }

        var settings = new HookSettings(
            Port: port,
            ManagementPort: managementPort,
            PathBase: reader.Text(SettingNames.PathBase, DefaultPathBase, IsValidPathBase, $"a path that starts with '/', such as {DefaultPathBase}, without a trailing '/', query or spaces", NormalizePath),
            Scheme: reader.Choice(SettingNames.Scheme, "HTTP", new[] { "HTTP", "HTTPS" }),
            PostStartHandler: reader.Handler(SettingNames.PostStartHandler, HookHandlerKind.Exec),
            PreStopHandler: reader.Handler(SettingNames.PreStopHandler, HookHandlerKind.HttpGet),
            HookCommand: reader.Text(SettingNames.HookCommand, defaultHookCommand ?? DefaultHookCommand(assemblyName), v => v.Trim().Length > 0, "a command such as 'dotnet /app/App.dll'", v => Regex.Replace(v.Trim(), "\\s+", " ")),
            DrainDelaySeconds: reader.Int(SettingNames.DrainDelaySeconds, defaultDrainDelaySeconds, 0, MaxSeconds),
            ShutdownTimeoutSeconds: reader.Int(SettingNames.ShutdownTimeoutSeconds, DefaultShutdownTimeoutSeconds, 1, MaxSeconds),
            DefaultTimeoutSeconds: reader.Int(SettingNames.DefaultTimeoutSeconds, DefaultMethodTimeoutSeconds, 1, MaxSeconds),
            TerminationGracePeriodSeconds: reader.Has(SettingNames.TerminationGracePeriodSeconds)
                ? reader.NullableInt(SettingNames.TerminationGracePeriodSeconds, 1, 86400)
                : null,
            ContainerName: reader.Text(SettingNames.ContainerName, containerName, DnsLabel.IsMatch, "a DNS-1123 label: lower-case letters, digits and '-', at most 63 characters"),
            WorkloadKind: reader.Choice(SettingNames.WorkloadKind, DefaultWorkloadKind, WorkloadKinds),
            WorkloadName: reader.Text(SettingNames.WorkloadName, containerName, v => v.Length <= 253 && DnsSubdomain.IsMatch(v), "a DNS-1123 subdomain: lower-case letters, digits, '-' and '.'"),
            KubernetesVersion: reader.Version(SettingNames.KubernetesVersion),
            StopSignal: reader.Has(SettingNames.StopSignal)
                ? reader.Text<string?>(SettingNames.StopSignal, null, v => LinuxStopSignals.Contains(v, StringComparer.Ordinal), "a Linux signal name such as SIGTERM, SIGINT or SIGQUIT (upper case)", v => v)
                : null,
            ReadinessProbe: reader.Bool(SettingNames.ReadinessProbe, true),
            ReadinessProbePath: reader.Has(SettingNames.ReadinessProbePath)
                ? reader.Text<string?>(SettingNames.ReadinessProbePath, null, ProbePath.IsMatch, "a path that starts with '/', such as /healthz/ready, without spaces", v => v.Trim())
                : null,
            HookToken: reader.Has(SettingNames.HookToken)
                ? reader.Text<string?>(SettingNames.HookToken, null, HeaderToken.IsMatch, "1 to 256 visible ASCII characters without spaces (it is sent as a header value)", v => v)
                : null,
            RunOnce: reader.Bool(SettingNames.RunOnce, true))
        {
            PortIsExplicit = reader.Has(SettingNames.Port),
            Transport = reader.Choice(SettingNames.Transport, nameof(HookTransport.Tcp), new[] { nameof(HookTransport.Tcp), nameof(HookTransport.UnixSocket) }) == nameof(HookTransport.UnixSocket)
                ? HookTransport.UnixSocket
                : HookTransport.Tcp,
            SocketPath = reader.Text(SettingNames.SocketPath, WireNames.DefaultSocketPath, IsValidSocketPath, $"an absolute path of at most {MaxSocketPathBytes} bytes without spaces, such as {WireNames.DefaultSocketPath}", v => v.Trim()),
        };

        // A worker service has no web server: its hooks are always on the Unix socket, whatever was written.
        var where = worker ? "a worker service, whose hooks are served on a Unix socket" : "hooks served on a Unix socket (Transport UnixSocket)";
        if (settings.Transport == HookTransport.UnixSocket || worker)
        {
            // The kubelet's httpGet cannot reach a Unix socket: on this transport both handlers are exec.
            foreach (var handler in new[] { SettingNames.PostStartHandler, SettingNames.PreStopHandler })
            {
                if (reader.Has(handler) && (handler == SettingNames.PostStartHandler ? settings.PostStartHandler : settings.PreStopHandler) == HookHandlerKind.HttpGet)
                {
                    reader.Problem(handler, $"{handler} HttpGet cannot reach {where}: the manifest uses Exec");
                }
            }
        }

        if (worker && reader.Has(SettingNames.Transport) && settings.Transport == HookTransport.Tcp)
        {
            reader.Problem(SettingNames.Transport, $"Transport Tcp does not apply to {where}");
        }

        if (worker && reader.Has(SettingNames.ReadinessProbe) && settings.ReadinessProbe)
        {
            reader.Problem(SettingNames.ReadinessProbe, $"ReadinessProbe true does not apply to {where}: no Service sends it traffic, so the manifest has no readiness probe");
        }

        return new ResolvedSettings(settings, reader.Problems.ToEquatableArray());
    }

    /// <summary>Lower-case DNS-1123 label made from the assembly name: <c>My.App_1</c> -> <c>my-app-1</c>.</summary>
    public static string DefaultContainerName(string assemblyName)
    {
        var lowered = Regex.Replace(assemblyName.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
        if (lowered.Length > 63)
        {
            lowered = lowered.Substring(0, 63).TrimEnd('-');
        }

        return lowered.Length == 0 ? "app" : lowered;
    }

    /// <summary>
    /// The official ASP.NET runtime image layout: <c>WORKDIR /app</c>, <c>dotnet App.dll</c>. The generator
    /// passes a default derived from the SDK container properties instead (Manifests/ContainerLayout.cs).
    /// </summary>
    public static string DefaultHookCommand(string assemblyName) => $"dotnet /app/{assemblyName}.dll";

    /// <summary>The kernel's limit for a socket path (sun_path) is 108 bytes including the terminating zero.</summary>
    public const int MaxSocketPathBytes = 107;

    private static bool IsValidSocketPath(string value)
    {
        var path = value.Trim();
        return path.Length > 1 && path[0] == '/' && path[path.Length - 1] != '/'
            && System.Text.Encoding.UTF8.GetByteCount(path) <= MaxSocketPathBytes
            && !path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }

    private static bool IsValidPathBase(string value) => PathSegment.IsMatch(NormalizePath(value));

    private static string NormalizePath(string value) => value.Trim();

    private static string[] BuildLinuxSignals()
    {
        var names = new List<string>
        {
            "SIGABRT", "SIGALRM", "SIGBUS", "SIGCHLD", "SIGCLD", "SIGCONT", "SIGFPE", "SIGHUP", "SIGILL", "SIGINT",
            "SIGIO", "SIGIOT", "SIGKILL", "SIGPIPE", "SIGPOLL", "SIGPROF", "SIGPWR", "SIGQUIT", "SIGSEGV",
            "SIGSTKFLT", "SIGSTOP", "SIGSYS", "SIGTERM", "SIGTRAP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
            "SIGUSR1", "SIGUSR2", "SIGVTALRM", "SIGWINCH", "SIGXCPU", "SIGXFSZ", "SIGRTMIN", "SIGRTMAX",
        };
        for (var i = 1; i <= 15; i++)
        {
            names.Add("SIGRTMIN+" + i.ToString(CultureInfo.InvariantCulture));
        }

        for (var i = 1; i <= 14; i++)
        {
            names.Add("SIGRTMAX-" + i.ToString(CultureInfo.InvariantCulture));
        }

        return names.ToArray();
    }

    /// <summary>Looks values up with MSBuild-over-attribute precedence and records problems.</summary>
    private sealed class Reader
    {
        private readonly Dictionary<string, RawSetting> _values = new(StringComparer.Ordinal);

        public Reader(EquatableArray<RawSetting> fromAttribute, EquatableArray<RawSetting> fromMsBuild)
        {
            foreach (var value in fromAttribute)
            {
                _values[value.Name] = value;
            }

            foreach (var value in fromMsBuild)
            {
                _values[value.Name] = value; // the MSBuild property wins
            }
        }

        public List<SettingProblem> Problems { get; } = new();

        public bool Has(string name) => _values.ContainsKey(name);

        public void Problem(string name, string message)
        {
            var raw = _values[name];
            Problems.Add(new SettingProblem(name, raw.Source, raw.Value, message));
        }

        public int Int(string name, int fallback, int min, int max)
            => NullableInt(name, min, max) ?? fallback;

        public int? NullableInt(string name, int min, int max)
        {
            if (!_values.TryGetValue(name, out var raw))
            {
                return null;
            }

            if (!int.TryParse(raw.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                Problem(name, $"{name} '{raw.Value}' is not a whole number; expected {min}..{max}");
                return null;
            }

            if (value < min || value > max)
            {
                Problem(name, $"{name} {value} is not in {min}..{max}");
                return null;
            }

            return value;
        }

        public bool Bool(string name, bool fallback)
        {
            if (!_values.TryGetValue(name, out var raw))
            {
                return fallback;
            }

            if (bool.TryParse(raw.Value, out var value))
            {
                return value;
            }

            Problem(name, $"{name} '{raw.Value}' is not true or false");
            return fallback;
        }

        public string Choice(string name, string fallback, string[] choices)
        {
            if (!_values.TryGetValue(name, out var raw))
            {
                return fallback;
            }

            foreach (var choice in choices)
            {
                if (string.Equals(choice, raw.Value, StringComparison.OrdinalIgnoreCase))
                {
                    return choice;
                }
            }

            Problem(name, $"{name} '{raw.Value}' is not one of {string.Join(", ", choices)}");
            return fallback;
        }

        public HookHandlerKind Handler(string name, HookHandlerKind fallback)
            => Choice(name, fallback.ToString(), new[] { nameof(HookHandlerKind.Exec), nameof(HookHandlerKind.HttpGet) }) == nameof(HookHandlerKind.Exec)
                ? HookHandlerKind.Exec
                : HookHandlerKind.HttpGet;

        public T Text<T>(string name, T fallback, Func<string, bool> isValid, string expected, Func<string, T> convert)
        {
            if (!_values.TryGetValue(name, out var raw))
            {
                return fallback;
            }

            if (isValid(raw.Value))
            {
                return convert(raw.Value);
            }

            Problem(name, $"{name} '{raw.Value}' is not valid; expected {expected}");
            return fallback;
        }

        public string Text(string name, string fallback, Func<string, bool> isValid, string expected, Func<string, string>? convert = null)
            => Text<string>(name, fallback, isValid, expected, convert ?? (v => v));

        public KubernetesVersion Version(string name)
        {
            var fallback = Parse(DefaultKubernetesVersion)!.Value;
            if (!_values.TryGetValue(name, out var raw))
            {
                return fallback;
            }

            var parsed = Parse(raw.Value);
            if (parsed is null)
            {
                Problem(name, $"{name} '{raw.Value}' is not a version such as 1.34");
                return fallback;
            }

            if (!parsed.Value.IsAtLeast(MinimumKubernetesVersion))
            {
                Problem(name, $"{name} {raw.Value} is older than {MinimumKubernetesVersion}: httpGet hooks ignore scheme and headers before 1.25");
                return fallback;
            }

            return parsed.Value;
        }

        private static KubernetesVersion? Parse(string text)
        {
            // [0-9], not \d: \d matches every Unicode digit ("١.٣٤"), which int parsing rejects.
            var match = VersionPattern.Match(text.Trim());
            return match.Success
                   && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
                   && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
                ? new KubernetesVersion(major, minor)
                : null;
        }
    }
}
