using CstoPress.Web.Caching;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Tests.Caching;

/// <summary>The section menu is kept in memory, also without kept pages, and follows a change on the signal that clears them.</summary>
public class KeepingTheCatalog(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task TheMenuIsKeptUntilTheContentChangesThenReadAgain()
    {
        var reader = portal.CreateClient();
        Assert.Contains(">Interviews<", await reader.GetTextAsync("/"));

        await portal.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE sections SET name = 'Conversations' WHERE slug = 'interviews'"));
        Assert.Contains(">Interviews<", await reader.GetTextAsync("/sections/news"));

        await portal.Services.GetRequiredService<PublicContentChanges>().ChangedAsync();
        var page = await reader.GetTextAsync("/sections/news");
        Assert.Contains(">Conversations<", page);
        Assert.DoesNotContain(">Interviews<", page);
    }
}
