using System.Net;
using CstoPress.Core.Publications;
using CstoPress.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Tests.Import;

/// <summary>A portal into which the demonstration pages, two bad files among them, were imported once.</summary>
public class ImportedArchivePortal : SeededPortal
{
    public Data.Import.ArchiveImportSummary Summary { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var folder = new ArchiveWorkFolder([.. ArchiveImportRuns.GoodPages, "only-boilerplate.txt", "empty.txt"]);
        Summary = await this.ImportAsync(folder.Path);
    }
}

public class ImportingAnArchiveFolder(ImportedArchivePortal portal) : IClassFixture<ImportedArchivePortal>
{
    private readonly Data.Import.ArchiveImportSummary _summary = portal.Summary;

    [Fact]
    public void EveryFileIsAccountedFor()
    {
        Assert.Equal(9, _summary.Files.Count);
        Assert.Equal(ArchiveImportRuns.GoodPages, _summary.Imported.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["empty.txt", "only-boilerplate.txt"], _summary.Failed.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["ambiguous-date.txt", "mixed-dispatch-no-date.txt"], _summary.NeedsReview.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ADatedPageIsPublishedOnItsOwnDateWithoutTheOldSitesTeasers()
    {
        var client = portal.CreateClient();

        var text = await client.GetTextAsync("/news/demonstration-exercise-of-the-press-services-held-in-yerevan");

        Assert.Contains("Demonstration exercise of the press services held in Yerevan", text, StringComparison.Ordinal);
        Assert.Contains("14 May 2023", text, StringComparison.Ordinal);
        Assert.Contains("The participants worked through a scenario", text, StringComparison.Ordinal);
        Assert.DoesNotContain("demonstration teaser", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IMG_4471", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Go back", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesNeedingReviewAreDraftsWithTheReasonAndNotPublic()
    {
        var client = portal.CreateClient();
        Publication? draft = null;
        await portal.WithDatabaseAsync(async db => draft = await db.Publications.AsNoTracking()
            .SingleAsync(p => p.Title == "Working group on peacekeeping adopts a demonstration resolution"));

        Assert.Equal(PublicationStatus.Draft, draft!.Status);
        Assert.Equal("no date line under the title", draft.ReviewReason);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/news/{draft.Slug}")).StatusCode);
    }

    [Fact]
    public async Task OnePressContactForThePressSecretaryHoweverSpelled()
    {
        await portal.WithDatabaseAsync(async db =>
        {
            var contacts = await db.PressContacts.AsNoTracking().Where(c => c.Name != portal.Catalog.PressSecretary.Name).ToListAsync();
            var contact = Assert.Single(contacts);
            Assert.Equal("Ilya Zaynullin", contact.Name);
            Assert.Equal("+7 495 000-12-34", contact.Phone);
            var signed = await db.Publications.AsNoTracking().Where(p => p.PressContactId == contact.Id).CountAsync();
            Assert.Equal(3, signed);
        });
    }

    [Fact]
    public async Task PhotosAwaitTheirFilesAndAreNotShownToReaders()
    {
        await portal.WithDatabaseAsync(async db =>
        {
            var photos = await db.Photos.AsNoTracking().OrderBy(p => p.OriginalFileName).ToListAsync();
            Assert.Equal(["DSC_0012.JPG", "IMG_4471.jpg"], photos.Select(p => p.OriginalFileName));
            Assert.All(photos, p => Assert.True(p.IsAwaitingFile));
        });
        var slug = "";
        await portal.WithDatabaseAsync(async db => slug = await db.Publications.Where(p => p.Photos.Any()).Select(p => p.Slug).FirstAsync());
        var html = await portal.CreateClient().GetStringAsync($"/news/{slug}");
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KindsSectionsLanguageAndSourceComeFromTheText()
    {
        await portal.WithDatabaseAsync(async db =>
        {
            var items = await db.Publications.AsNoTracking().Include(p => p.Section).ToDictionaryAsync(p => p.Title);
            var speech = items["The CSTO Secretary General spoke at the demonstration conference on information security"];
            Assert.Equal(PublicationKind.Speech, speech.Kind);
            Assert.Equal("secretary-general", speech.Section!.Slug);
            Assert.Equal("Minsk", speech.Speech.Place);
            Assert.Null(speech.Speech.SpeakerId);

            var statement = items["Заявление Секретариата ОДКБ о демонстрационных учениях"];
            Assert.Equal(PublicationKind.Statement, statement.Kind);
            Assert.Equal(ContentLanguage.Ru, statement.Language);
            Assert.Equal("statements", statement.Section!.Slug);

            var resolution = items["Working group on peacekeeping adopts a demonstration resolution"];
            Assert.Equal(PublicationKind.Resolution, resolution.Kind);
            Assert.Equal("РИА Новости", resolution.Source.Agency);
            Assert.Equal("ru", resolution.Source.OriginalLanguage);
        });
    }
}
