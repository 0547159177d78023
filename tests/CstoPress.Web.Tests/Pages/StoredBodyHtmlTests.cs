using CstoPress.Data;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Tests.Pages;

/// <summary>A body is rendered once, when it is saved; readers get the stored HTML, and rows stored without it still show.</summary>
public class StoredBodyHtmlTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task ASavedBodyIsStoredRenderedAndReadersGetTheStoredHtml()
    {
        Publication item = new PublicationBuilder(portal.News, "Stored body").WithBody("The council **agreed**.");
        await portal.AddAsync(item);
        Assert.Contains("<strong>agreed</strong>", await BodyHtmlAsync(item.Id));

        // Changed behind the portal's back: only a page that serves what is stored shows it.
        await portal.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE publications SET body_html = '<p>As stored.</p>' WHERE id = {item.Id}"));

        Assert.Contains("<p>As stored.</p>", await _client.GetTextAsync($"/news/{item.Slug}"));
        Assert.Contains("As stored.", await _client.GetTextAsync("/feeds/all.atom"));
        Assert.Contains("As stored.", await _client.GetTextAsync($"/api/v1/publications/{item.Slug}"));
    }

    [Fact]
    public async Task EditingTheBodyRendersItAgain()
    {
        Publication item = new PublicationBuilder(portal.News, "Edited body").WithBody("First text.");
        await portal.AddAsync(item);

        await portal.WithDatabaseAsync(async db => (await db.Publications.SingleAsync(p => p.Id == item.Id)).Body = "Second *text*.");

        Assert.Contains("<em>text</em>", await BodyHtmlAsync(item.Id));
    }

    [Fact]
    public async Task ARowStoredWithoutHtmlIsShownAndMigrateRendersIt()
    {
        Publication item = new PublicationBuilder(portal.News, "Body from before").WithBody("Written **before** the column.");
        await portal.AddAsync(item);
        await portal.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE publications SET body_html = NULL WHERE id = {item.Id}"));

        Assert.Contains("<strong>before</strong>", await _client.GetTextAsync($"/news/{item.Slug}"));

        await portal.WithDatabaseAsync(db => db.MigrateAsync());
        Assert.Contains("<strong>before</strong>", await BodyHtmlAsync(item.Id));
    }

    private async Task<string?> BodyHtmlAsync(int id)
    {
        string? html = null;
        await portal.WithDatabaseAsync(async db => html = await db.Publications.Where(p => p.Id == id).Select(p => p.BodyHtml).SingleAsync());
        return html;
    }
}
