namespace CstoPress.Core.Tests.Import;

public class DecidingAnArchiveItem
{
    private static readonly Section News = new() { Id = 1, Slug = "news", Name = "News", NameRu = "Новости" };
    private static readonly Section Statements = new() { Id = 2, Slug = "statements", Name = "Statements", NameRu = "Заявления" };

    private static ArchiveItemDecisions Decisions(HashSet<string> taken, Section? fixedSection = null, Dictionary<ArchivePage, PressContact>? contacts = null) =>
        new([News, Statements], fixedSection, contacts ?? [], new SpeakerChoice([]), taken, new PublishOrReview(PressOfficeTime.FromZoneId("Europe/Moscow")), ArchivePages.Now);

    [Fact]
    public void ATitleAlreadyInUseIsNumbered()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "joint-exercise-of-the-collective-forces" };
        var decisions = Decisions(taken);

        var (first, _) = decisions.NewItem(ArchivePages.File("a.txt"), ArchivePages.Page());
        var (second, _) = decisions.NewItem(ArchivePages.File("b.txt"), ArchivePages.Page());

        Assert.Equal("joint-exercise-of-the-collective-forces-2", first.Slug);
        Assert.Equal("joint-exercise-of-the-collective-forces-3", second.Slug);
        Assert.Contains(second.Slug, taken);
    }

    [Fact]
    public void APageWhoseTitleGivesNoAddressIsNamedAfterItsFile()
    {
        var (item, _) = Decisions([]).NewItem(ArchivePages.File("0042_page.txt"), ArchivePages.Page(title: "…"));

        Assert.Equal("archive-0042-page", item.Slug);
    }

    [Fact]
    public void ANewItemGoesToTheSectionOfItsKindUnlessTheRunNamesOne()
    {
        var page = ArchivePages.Page(kind: PublicationKind.Statement);

        Assert.Equal(Statements.Id, Decisions([]).NewItem(ArchivePages.File("a.txt"), page).Item.SectionId);
        Assert.Equal(News.Id, Decisions([], fixedSection: News).NewItem(ArchivePages.File("a.txt"), page).Item.SectionId);
    }

    [Fact]
    public void AChangedFileKeepsItsItemsAddressAndSection()
    {
        var item = new Publication { Title = "Old title", Slug = "old-title", SectionId = Statements.Id };

        var reasons = Decisions([]).Update(item, ArchivePages.Page(title: "New title", kind: PublicationKind.News));

        Assert.Empty(reasons);
        Assert.Equal(("New title", "old-title", Statements.Id), (item.Title, item.Slug, item.SectionId));
    }

    [Fact]
    public void ASignedPageCarriesItsContactAndTheSignatureAsPrinted()
    {
        var page = ArchivePages.Page(signature: new PressSignature(null, "CSTO Press Secretary", "+7 495 000-12-34", null));
        var contact = new PressContact { Id = 5, Name = "Ilya Zaynullin" };

        var (item, _) = Decisions([], contacts: new() { [page] = contact }).NewItem(ArchivePages.File("a.txt"), page);

        Assert.Equal(5, item.PressContactId);
        Assert.Equal(("Ilya Zaynullin", "CSTO Press Secretary", "+7 495 000-12-34"), (item.Contact.Name, item.Contact.Post, item.Contact.Phone));
    }
}
