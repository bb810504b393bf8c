namespace HookAnalyzers.Generators.Model;

/// <summary>The two container lifecycle hooks the kubelet calls.</summary>
internal enum HookKind
{
    PostStart,
    PreStop,
}

internal static class HookKindExtensions
{
    /// <summary>Route segment and exec argument value: <see cref="WireNames.PostStartRoute"/> / <see cref="WireNames.PreStopRoute"/>.</summary>
    public static string ToRouteName(this HookKind kind) => kind == HookKind.PostStart ? WireNames.PostStartRoute : WireNames.PreStopRoute;

    /// <summary>Kubernetes field name: <c>postStart</c> / <c>preStop</c>.</summary>
    public static string ToFieldName(this HookKind kind) => kind == HookKind.PostStart ? "postStart" : "preStop";

    public static string ToAttributeName(this HookKind kind) => kind == HookKind.PostStart ? "PostStart" : "PreStop";
}
