using CstoPress.Data.Nodes;
using CstoPress.Web.Tests.Admin;
using Npgsql;
using Xunit.Abstractions;

namespace CstoPress.Web.Tests.Nodes;

/// <summary>
/// Two nodes behind one load balancer: whichever node a request reaches, the editor stays signed in, and a
/// change made through one node is what readers of the other see moments later, although both keep pages an hour.
/// </summary>
public class RunningSeveralNodes(TwoNodes nodes, ITestOutputHelper output) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task AnEditorSignedInOnOneNodeWorksOnTheOther()
    {
        var email = await nodes.CreateUserAsync(PortalRoles.Editor);
        var (a, b) = nodes.OneBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await a.SignInAsync(email, SignedInClients.Password)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/admin")).StatusCode);
        // The form comes from A, its post goes to B: the antiforgery token and the cookie are read with keys from the database.
        var token = await a.AntiforgeryTokenAsync("/admin/publications/edit");
        var fields = EditorDesk.Fields(nodes.News.Id, "Drafted on one node, saved on the other");
        fields["__RequestVerificationToken"] = token;
        var saved = await b.PostAsync("/admin/publications/edit", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Drafted on one node, saved on the other", await a.GetTextAsync(saved.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task WhatIsPublishedOnOneNodeShowsOnTheOtherAndWhatIsWithdrawnGoes()
    {
        var title = "Published on node A " + Guid.NewGuid().ToString("N")[..6];
        var reader = nodes.B.CreateClient();
        Assert.DoesNotContain(title, await reader.GetTextAsync("/"));
        var editor = await EditorDesk.SignInAsync(nodes);

        var id = await editor.CreateAsync(EditorDesk.Fields(nodes.News.Id, title), handler: "Publish");
        var shown = await TwoNodes.UntilAsync(() => reader.GetTextAsync("/"), page => page.Contains(title), "the item was published");
        await editor.ActAsync(id, "Withdraw", new() { ["WithdrawalReason"] = "Issued twice." });
        var gone = await TwoNodes.UntilAsync(() => reader.GetTextAsync("/"), page => !page.Contains(title), "the item was withdrawn");

        output.WriteLine($"Node B showed the publication after {shown.TotalMilliseconds:0} ms and dropped it after {gone.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task AScheduledItemIsPublishedOnceWithBothNodesRunningTheScheduler()
    {
        var title = "Scheduled with two nodes " + Guid.NewGuid().ToString("N")[..6];
        await nodes.AddAsync(new PublicationBuilder(nodes.News, title).ScheduledFor(nodes.Clock.Now.AddSeconds(10)));
        var readerOfA = nodes.CreateClient();
        var readerOfB = nodes.B.CreateClient();
        Assert.DoesNotContain(title, await readerOfB.GetTextAsync("/"));

        nodes.Advance(TimeSpan.FromSeconds(20));
        await TwoNodes.UntilAsync(() => readerOfB.GetTextAsync("/"), page => page.Contains(title), "the scheduled item went out");
        Assert.Contains(title, await readerOfA.GetTextAsync("/"));
        // Several more rounds of both schedulers.
        await Task.Delay(TimeSpan.FromSeconds(1));

        await nodes.WithDatabaseAsync(async db =>
        {
            var item = await db.Publications.AsNoTracking().SingleAsync(p => p.Title == title);
            Assert.Equal(PublicationStatus.Published, item.Status);
            Assert.Equal(1, await db.AuditLog.CountAsync(e => e.PublicationId == item.Id && e.Action == "published"));
        });
    }

    [Fact]
    public async Task ANodeWhoseChannelWasCutListensAgainByItself()
    {
        var title = "Published after the channel was cut " + Guid.NewGuid().ToString("N")[..6];
        var reader = nodes.B.CreateClient();
        Assert.DoesNotContain(title, await reader.GetTextAsync("/"));
        var cut = await ListenersAsync(terminate: true);
        Assert.Equal(2, cut.Count);

        await TwoNodes.UntilAsync(async () => string.Join(",", (await ListenersAsync(terminate: false)).Except(cut)),
            pids => pids.Split(',', StringSplitOptions.RemoveEmptyEntries).Length == 2, "both nodes listen again");
        var editor = await EditorDesk.SignInAsync(nodes);
        await editor.CreateAsync(EditorDesk.Fields(nodes.News.Id, title), handler: "Publish");

        await TwoNodes.UntilAsync(() => reader.GetTextAsync("/"), page => page.Contains(title), "the item was published");
    }

    /// <summary>The server processes of the nodes' listening connections, cut off first when <paramref name="terminate"/>.</summary>
    private async Task<List<int>> ListenersAsync(bool terminate)
    {
        await using var connection = new NpgsqlConnection(nodes.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT {(terminate ? "pg_terminate_backend(pid)" : "true")}, pid FROM pg_stat_activity " +
            "WHERE application_name = @name AND datname = current_database()", connection);
        command.Parameters.AddWithValue("name", PublicContentChannel.ListenerName);
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(1));
        }

        return pids;
    }
}
