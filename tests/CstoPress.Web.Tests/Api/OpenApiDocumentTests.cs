using System.Text.Json;

namespace CstoPress.Web.Tests.Api;

public class OpenApiDocumentTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task TheDocumentDescribesEveryReadApiRouteAndItsFilters()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");

        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        foreach (var path in new[] { "/api/v1/publications", "/api/v1/publications/{slug}", "/api/v1/sections", "/api/v1/people", "/api/v1/tags", "/api/v1/documents", "/api/v1/documents/{symbol}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is described");
        }

        var parameters = paths.GetProperty("/api/v1/publications").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["section", "kind", "language", "tag", "person", "since", "limit", "cursor", "q"], parameters);
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.StartsWith("/feeds", StringComparison.Ordinal));
    }
}
