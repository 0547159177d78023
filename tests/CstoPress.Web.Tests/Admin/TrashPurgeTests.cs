using CstoPress.Web.Publishing;

namespace CstoPress.Web.Tests.Admin;

public class TrashPurgeTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task AnItemTrashedLongerThanTheRetentionIsPurgedWithItsRevisionsAndAYoungerOneStaysRestorable()
    {
        var now = portal.Clock.Now;
        var old = Trashed("Trashed 31 days ago", now.AddDays(-31));
        var recent = Trashed("Trashed 29 days ago", now.AddDays(-29));
        await portal.AddAsync(old, recent);
        await portal.WithDatabaseAsync(db =>
        {
            foreach (var item in new[] { old, recent })
            {
                db.Revisions.Add(new PublicationRevision { PublicationId = item.Id, SavedAt = now.AddDays(-40), SavedBy = "editor", Title = item.Title });
            }

            return Task.CompletedTask;
        });

        var purged = await PurgeAsync();
        var again = await PurgeAsync();

        Assert.Contains(purged, p => p.Id == old.Id);
        Assert.DoesNotContain(purged, p => p.Id == recent.Id);
        Assert.DoesNotContain(again, p => p.Id == old.Id);
        await portal.WithDatabaseAsync(async db =>
        {
            Assert.False(await db.Publications.AnyAsync(p => p.Id == old.Id));
            Assert.False(await db.Revisions.AnyAsync(r => r.PublicationId == old.Id));
            Assert.Equal(1, await db.AuditLog.CountAsync(a => a.PublicationId == old.Id && a.Action == "purged"));
            Assert.True(await db.Revisions.AnyAsync(r => r.PublicationId == recent.Id));
        });
        Assert.Contains(portal.Log.Events, e => e.MessageTemplate.Text.StartsWith("Purged {Count}", StringComparison.Ordinal));

        var editor = await EditorDesk.SignInAsync(portal);
        var restored = await editor.ActAsync(recent.Id, "Restore");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        await portal.WithDatabaseAsync(async db => Assert.Null((await db.Publications.AsNoTracking().SingleAsync(p => p.Id == recent.Id)).DeletedAt));
    }

    [Fact]
    public async Task ThePurgedItemsPhotosLeaveTheDatabaseToo()
    {
        var old = Trashed("Trashed with a photo", portal.Clock.Now.AddDays(-45));
        await portal.AddAsync(old);
        var image = new StoredImage { Id = Guid.NewGuid(), ContentType = "image/png", Bytes = [1, 2, 3], Width = 1, Height = 1 };
        await portal.WithDatabaseAsync(db =>
        {
            db.StoredImages.Add(image);
            db.Photos.Add(new Photo { PublicationId = old.Id, ImageId = image.Id, Caption = "Caption", AltText = "Alt" });
            return Task.CompletedTask;
        });

        await PurgeAsync();

        await portal.WithDatabaseAsync(async db => Assert.False(await db.StoredImages.AnyAsync(i => i.Id == image.Id)));
    }

    private Publication Trashed(string title, DateTimeOffset deletedAt) =>
        new PublicationBuilder(portal.News, title).Draft().With(p => p.DeletedAt = deletedAt).Build();

    private async Task<IReadOnlyList<Data.Repositories.Editorial.PurgedPublication>> PurgeAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrashPurging>().PurgeAsync();
    }
}
