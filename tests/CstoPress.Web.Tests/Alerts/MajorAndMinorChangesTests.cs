using CstoPress.Web.Tests.Admin;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>A major change is news (a note, the feeds, 'Updated: …' to subscribers, translations to update); a minor one is not.</summary>
public class MajorAndMinorChangesTests(AlertsPortal portal) : IClassFixture<AlertsPortal>
{
    [Fact]
    public async Task AMinorChangeTellsNobody_AMajorOneTellsSubscribersAndTheCorrectionsFeed()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        await portal.SubscribeAsync(email, "Section", "news");
        Publication item = new PublicationBuilder(portal.News, "Council adopts the budget " + Guid.NewGuid().ToString("N")[..6]);
        await portal.AddAsync(item);
        var desk = await EditorDesk.SignInAsync(portal);
        var updatedBefore = await UpdatedAtAsync(item.Id);

        var minor = await desk.PostEditAsync(item.Id, EditorDesk.Fields(portal.News.Id, item.Title, "A typo fixed.", ("Input.ChangeSize", "Minor")));
        Assert.Equal(HttpStatusCode.Redirect, minor.StatusCode);
        await portal.AfterTheDelayAsync();
        Assert.DoesNotContain(portal.Smtp.MessagesTo(email), m => m.Subject!.Contains(item.Title, StringComparison.Ordinal));
        Assert.Equal(updatedBefore, await UpdatedAtAsync(item.Id));
        Assert.DoesNotContain(item.Title, await portal.CreateClient().GetStringAsync("/feeds/changes.atom"));

        var noteWithMinor = await desk.PostEditAsync(item.Id, EditorDesk.Fields(portal.News.Id, item.Title, "Again.", ("Input.ChangeSize", "Minor"), ("Input.ChangeNote", "A note")));
        Assert.Contains("A minor change shows no note", WebUtility.HtmlDecode(await noteWithMinor.Content.ReadAsStringAsync()));
        var majorWithoutNote = await desk.PostEditAsync(item.Id, EditorDesk.Fields(portal.News.Id, item.Title, "Again.", ("Input.ChangeSize", "Major")));
        Assert.Contains("A major change needs a public note", WebUtility.HtmlDecode(await majorWithoutNote.Content.ReadAsStringAsync()));

        var major = await desk.PostEditAsync(item.Id, EditorDesk.Fields(portal.News.Id, item.Title, "The budget is 2 billion, not 3.",
            ("Input.ChangeSize", "Major"), ("Input.ChangeNote", "Corrected the amount of the budget.")));
        Assert.Equal(HttpStatusCode.Redirect, major.StatusCode);
        await portal.AfterTheDelayAsync();
        var updated = Assert.Single(portal.Smtp.MessagesTo(email), m => m.Subject == "Updated: " + item.Title);
        Assert.Contains("What changed: Corrected the amount of the budget.", updated.TextBody);
        Assert.Contains("The budget is 2 billion, not 3.", updated.TextBody);
        Assert.Contains("Updated: " + item.Title, await portal.CreateClient().GetStringAsync("/feeds/changes.atom"));
        Assert.Contains("Corrected the amount of the budget.", await portal.CreateClient().GetStringAsync($"/news/{item.Slug}"));
    }

    [Fact]
    public async Task AMajorChangeToAnOriginalMarksItsTranslationUntilTheTranslationIsSaved()
    {
        Publication original = new PublicationBuilder(portal.News, "Original of a pair " + Guid.NewGuid().ToString("N")[..6]);
        await portal.AddAsync(original);
        Publication translation = new PublicationBuilder(portal.News, "Перевод пары " + Guid.NewGuid().ToString("N")[..6]).InRussian()
            .With(p => p.TranslationOfId = original.Id);
        await portal.AddAsync(translation);
        var desk = await EditorDesk.SignInAsync(portal);
        var reader = portal.CreateClient();
        const string notice = "Оригинал этого текста изменился";
        Assert.DoesNotContain(notice, await reader.GetStringAsync($"/ru/news/{translation.Slug}"));

        await desk.PostEditAsync(original.Id, EditorDesk.Fields(portal.News.Id, original.Title, "Changed for real.",
            ("Input.ChangeSize", "Major"), ("Input.ChangeNote", "Added the decisions."), ("Input.Slug", original.Slug)));

        var page = await reader.GetStringAsync($"/ru/news/{translation.Slug}");
        var shown = page[page.IndexOf(notice, StringComparison.Ordinal)..];
        Assert.Contains($"href=\"/news/{original.Slug}\"", shown[..shown.IndexOf("</p>", StringComparison.Ordinal)]);
        Assert.DoesNotContain(notice, await reader.GetStringAsync($"/news/{original.Slug}"));
        var desk1 = WebUtility.HtmlDecode(await desk.Client.GetStringAsync("/admin/publications/untranslated"));
        Assert.Contains("Translations to update", desk1);
        Assert.Contains(translation.Title, desk1);

        var saved = await desk.PostEditAsync(translation.Id, EditorDesk.Fields(portal.News.Id, translation.Title, "Переведено заново.", ("Input.Language", "Ru"), ("Input.Slug", translation.Slug)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain(notice, await reader.GetStringAsync($"/ru/news/{translation.Slug}"));
        Assert.DoesNotContain("Translations to update", WebUtility.HtmlDecode(await desk.Client.GetStringAsync("/admin/publications/untranslated")));
    }

    private async Task<DateTimeOffset> UpdatedAtAsync(int id)
    {
        var at = DateTimeOffset.MinValue;
        await portal.WithDatabaseAsync(async db => at = await db.Publications.AsNoTracking().Where(p => p.Id == id).Select(p => p.UpdatedAt).SingleAsync());
        return at;
    }
}
