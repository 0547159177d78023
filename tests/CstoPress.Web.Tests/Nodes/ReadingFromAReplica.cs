using CstoPress.Web.Tests.Admin;

namespace CstoPress.Web.Tests.Nodes;

/// <summary>
/// With a read replica configured, anonymous readers are served from it; the press office, and what an
/// editor reads, use the primary. The replica's replay is paused to tell the two apart.
/// </summary>
public class ReadingFromAReplica(ReplicatedPortal portal) : IClassFixture<ReplicatedPortal>
{
    [Fact]
    public async Task ReadersAreServedFromTheReplicaAndEditorsFromThePrimary()
    {
        var title = "Read from the primary first " + Guid.NewGuid().ToString("N")[..6];
        var reader = portal.CreateClient();
        var editor = await EditorDesk.SignInAsync(portal);
        await reader.GetTextAsync("/");

        await portal.PauseReplayAsync(true);
        try
        {
            var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, title), handler: "Publish");
            Assert.Contains(title, await editor.Client.GetTextAsync($"/admin/publications/edit/{id}"));
            Assert.Contains(title, await editor.Client.GetTextAsync("/"));
            Assert.DoesNotContain(title, await reader.GetTextAsync("/"));
        }
        finally
        {
            await portal.PauseReplayAsync(false);
        }

        await TwoNodes.UntilAsync(() => reader.GetTextAsync("/"), page => page.Contains(title), "the replica replayed the item");
    }
}
