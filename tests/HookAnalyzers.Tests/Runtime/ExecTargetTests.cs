using System.Reflection;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>
/// Where the exec client calls: the generated <c>LifecycleHookExecClient.ChooseTarget</c>, a pure
/// function of the settings and the environment, called on the compiled runtime without processes.
/// The expected text is what a failure message names, e.g. <c>127.0.0.1:5000 (port from ASPNETCORE_URLS)</c>.
/// </summary>
public sealed class ExecTargetTests
{
    private const int DefaultPort = 8080;
    private const string FromDefault = "(port from the Port setting's default)";

    private static readonly Lazy<MethodInfo> ChooseTarget = new(() => InMemoryHookApp.Compile("")
        .GetType("HookAnalyzers.Generated.LifecycleHookExecClient", throwOnError: true)!
        .GetMethod("ChooseTarget", BindingFlags.Public | BindingFlags.Static)!);

    [Theory]
    [InlineData("", "", "127.0.0.1:8080 " + FromDefault)]
    [InlineData("", "5000", "127.0.0.1:5000 (port from ASPNETCORE_HTTP_PORTS)")]
    [InlineData("", "5000;5001", "127.0.0.1:5000 (port from ASPNETCORE_HTTP_PORTS)")]
    [InlineData("", " 5002 , 5003", "127.0.0.1:5002 (port from ASPNETCORE_HTTP_PORTS)")]
    [InlineData("", "not-a-port", "127.0.0.1:8080 " + FromDefault)]
    [InlineData("", "70000", "127.0.0.1:8080 " + FromDefault)]
    [InlineData("http://+:6000", "", "127.0.0.1:6000 (port from ASPNETCORE_URLS)")]
    [InlineData("http://*:6001", "", "127.0.0.1:6001 (port from ASPNETCORE_URLS)")]
    [InlineData("http://0.0.0.0:6002", "", "127.0.0.1:6002 (port from ASPNETCORE_URLS)")]
    [InlineData("http://[::]:6003", "", "127.0.0.1:6003 (port from ASPNETCORE_URLS)")]
    [InlineData("http://localhost:6004", "", "127.0.0.1:6004 (port from ASPNETCORE_URLS)")]
    [InlineData("http://my-app.internal:6005/base", "", "127.0.0.1:6005 (port from ASPNETCORE_URLS)")]
    [InlineData("http://[::1]:6006", "", "[::1]:6006 (port from ASPNETCORE_URLS)")]
    [InlineData("http://127.0.0.2:6007", "", "127.0.0.2:6007 (port from ASPNETCORE_URLS)")]
    [InlineData("http://localhost", "", "127.0.0.1:80 (port from ASPNETCORE_URLS)")]
    [InlineData("https://*:7443;http://*:7000", "", "127.0.0.1:7000 (port from ASPNETCORE_URLS)")]
    [InlineData("HTTP://*:7001 ; http://*:7002", "", "127.0.0.1:7001 (port from ASPNETCORE_URLS)")]
    // ASP.NET Core binds ASPNETCORE_URLS and ignores ASPNETCORE_HTTP_PORTS when both are set.
    [InlineData("http://*:6008", "5000", "127.0.0.1:6008 (port from ASPNETCORE_URLS)")]
    [InlineData("https://*:7443", "5000", "127.0.0.1:8080 (port from the Port setting's default (ASPNETCORE_URLS has no usable http URL))")]
    [InlineData("http://127.0.0.1:0", "", "127.0.0.1:8080 (port from the Port setting's default (ASPNETCORE_URLS has no usable http URL))")]
    public void Without_an_explicit_Port_the_container_configuration_decides(string urls, string httpPorts, string expected)
        => Assert.Equal(expected, Choose(portIsExplicit: false, managementPort: 0, ("ASPNETCORE_URLS", urls), ("ASPNETCORE_HTTP_PORTS", httpPorts)));

    [Fact]
    public void An_explicit_Port_wins_over_the_container_configuration()
        => Assert.Equal(
            "127.0.0.1:8080 (port from the Port setting)",
            Choose(portIsExplicit: true, managementPort: 0, ("ASPNETCORE_URLS", "http://*:6000"), ("ASPNETCORE_HTTP_PORTS", "5000")));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_management_port_wins_whether_Port_is_explicit_or_not(bool portIsExplicit)
        => Assert.Equal(
            "127.0.0.1:9091 (port from the ManagementPort setting)",
            Choose(portIsExplicit, managementPort: 9091, ("ASPNETCORE_URLS", "http://*:6000"), ("ASPNETCORE_HTTP_PORTS", "5000")));

    [Theory]
    [InlineData("4000", "127.0.0.1:4000 (port from LIFECYCLE_HOOKS_PORT)")]
    [InlineData("", "127.0.0.1:9091 (port from the ManagementPort setting)")]
    [InlineData("0", "127.0.0.1:9091 (port from the ManagementPort setting)")]
    public void The_exec_client_override_wins_over_everything_when_it_is_a_port(string value, string expected)
        => Assert.Equal(expected, Choose(portIsExplicit: true, managementPort: 9091, ("LIFECYCLE_HOOKS_PORT", value), ("ASPNETCORE_URLS", "http://*:6000")));

    private static string Choose(bool portIsExplicit, int managementPort, params (string Name, string Value)[] variables)
    {
        Func<string, string?> environment = name => variables.FirstOrDefault(v => v.Name == name).Value is { Length: > 0 } value ? value : null;
        return ChooseTarget.Value.Invoke(null, [DefaultPort, portIsExplicit, managementPort, environment])!.ToString()!;
    }
}
