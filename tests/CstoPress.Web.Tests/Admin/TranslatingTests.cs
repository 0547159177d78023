namespace CstoPress.Web.Tests.Admin;

public class TranslatingTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task AnEditorStartsTheTranslationFromTheOriginalAndItLeavesTheList()
    {
        Publication original = new PublicationBuilder(portal.Catalog.Section("statements"), "Statement waiting for its Russian text")
            .OfKind(PublicationKind.Statement);
        await portal.AddAsync(original);
        var desk = await EditorDesk.SignInAsync(portal);
        Assert.Contains("Statement waiting for its Russian text", await desk.Client.GetTextAsync("/admin/publications/untranslated"));

        var page = await desk.FollowAsync(await desk.ActAsync(original.Id, "Translate"));

        Assert.Contains("A draft translation was made", page);
        await portal.WithDatabaseAsync(async db =>
        {
            var draft = await db.Publications.SingleAsync(p => p.TranslationOfId == original.Id);
            Assert.Equal(ContentLanguage.Ru, draft.Language);
            Assert.Equal(PublicationStatus.Draft, draft.Status);
            Assert.Equal(PublicationKind.Statement, draft.Kind);
            Assert.Equal(original.SectionId, draft.SectionId);
        });
        Assert.DoesNotContain("Statement waiting for its Russian text", await desk.Client.GetTextAsync("/admin/publications/untranslated"));
    }

    [Fact]
    public async Task ASecondTranslationIsRefusedWithAMessage()
    {
        Publication original = new PublicationBuilder(portal.News, "Item translated once");
        await portal.AddAsync(original);
        var desk = await EditorDesk.SignInAsync(portal);
        await desk.FollowAsync(await desk.ActAsync(original.Id, "Translate"));

        var page = await desk.FollowAsync(await desk.ActAsync(original.Id, "Translate"));

        Assert.Contains("This item already has a translation.", page);
        await portal.WithDatabaseAsync(async db => Assert.Equal(1, await db.Publications.CountAsync(p => p.TranslationOfId == original.Id)));
    }
}
