using System.Net;
using System.Text.Json;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>Reads the hook endpoints' answers: status, raw body and the JSON summary (docs/runtime-contract.md).</summary>
internal sealed record HookAnswer(HttpStatusCode Status, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>"succeeded" or "failed".</summary>
    public string HookStatus => Json.GetProperty("status").GetString()!;

    public IReadOnlyList<(string Name, string Status)> Methods
        => Json.GetProperty("methods").EnumerateArray()
            .Select(m => (m.GetProperty("name").GetString()!, m.GetProperty("status").GetString()!))
            .ToList();

    public static async Task<HookAnswer> GetAsync(HttpClient client, string path, HttpRequestMessage? request = null)
    {
        using var message = request ?? new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await client.SendAsync(message);
        return new HookAnswer(response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
