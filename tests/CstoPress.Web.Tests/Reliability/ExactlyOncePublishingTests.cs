using System.Data.Common;
using CstoPress.Data;
using CstoPress.Web.Tests.Admin;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CstoPress.Web.Tests.Reliability;

/// <summary>
/// Publishing is one transaction (the item, its revision and its audit entries), run again whole when
/// the connection dies: the item is published exactly once, and never half.
/// </summary>
public class ExactlyOncePublishingTests(ExactlyOncePublishingTests.SabotagedPortal portal) : IClassFixture<ExactlyOncePublishingTests.SabotagedPortal>
{
    [Fact]
    public async Task TheConnectionKilledInTheMiddleOfAPublishIsRetriedAndTheItemIsPublishedOnce()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var title = "Published through a dropped connection " + Guid.NewGuid().ToString("N")[..6];
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, title));
        var changed = title + " (final)";

        portal.Saboteur.KillConnectionAtNext("UPDATE publications");
        var response = await editor.PostEditAsync(id, EditorDesk.Fields(portal.News.Id, changed, "The final text."), handler: "Publish");

        Assert.Equal(1, portal.Saboteur.Killed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.WithDatabaseAsync(async db =>
        {
            var item = await db.Publications.AsNoTracking().SingleAsync(p => p.Id == id);
            Assert.Equal(PublicationStatus.Published, item.Status);
            Assert.Equal(changed, item.Title);
            Assert.Equal(portal.Clock.Now, item.PublishedAt);
            Assert.Equal(1, await db.AuditLog.CountAsync(a => a.PublicationId == id && a.Action == "published at once"));
            Assert.Equal(1, await db.AuditLog.CountAsync(a => a.PublicationId == id && a.Action == "edited"));
        });
        Assert.Contains(changed, await portal.CreateClient().GetTextAsync("/"));
    }

    [Fact]
    public async Task ANewItemPublishedThroughADroppedConnectionExistsOnce()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var title = "New and published at once " + Guid.NewGuid().ToString("N")[..6];

        portal.Saboteur.KillConnectionAtNext("INSERT INTO audit_log");
        var response = await editor.PostEditAsync(null, EditorDesk.Fields(portal.News.Id, title), handler: "Publish");

        Assert.Equal(1, portal.Saboteur.Killed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.WithDatabaseAsync(async db =>
        {
            var item = await db.Publications.AsNoTracking().SingleAsync(p => p.Title == title);
            Assert.Equal(PublicationStatus.Published, item.Status);
            Assert.Equal(1, await db.AuditLog.CountAsync(a => a.PublicationId == item.Id && a.Action == "published at once"));
            Assert.Equal(1, await db.AuditLog.CountAsync(a => a.PublicationId == item.Id && a.Action == "created"));
        });
    }

    [Fact]
    public async Task WhenTheAuditEntryCannotBeWrittenNothingIsPublished()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var title = "Not published without its audit entry " + Guid.NewGuid().ToString("N")[..6];
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, title));

        portal.Saboteur.FailAtNext("INSERT INTO audit_log");
        var response = await editor.PostEditAsync(id, EditorDesk.Fields(portal.News.Id, title), handler: "Publish");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        await portal.WithDatabaseAsync(async db =>
        {
            Assert.Equal(PublicationStatus.Draft, (await db.Publications.AsNoTracking().SingleAsync(p => p.Id == id)).Status);
            Assert.Equal(0, await db.AuditLog.CountAsync(a => a.PublicationId == id && a.Action == "published at once"));
        });
    }

    public sealed class SabotagedPortal : SeededPortal
    {
        public Saboteur Saboteur { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
                services.ConfigureDbContext<CstoPressDbContext>(options => options.AddInterceptors(Saboteur)));
            Saboteur.ConnectionString = () => ConnectionString;
        }
    }

    /// <summary>
    /// Breaks the next command that starts with a given text: terminates its own server process (as a
    /// failover or a restarted server would) from a second connection just before the command runs,
    /// or fails it with an error that no retry cures.
    /// </summary>
    public sealed class Saboteur : DbCommandInterceptor
    {
        private string? _killAt;
        private string? _failAt;
        private int _killed;

        public Func<string> ConnectionString { get; set; } = () => "";

        public int Killed => _killed;

        public void KillConnectionAtNext(string commandStart)
        {
            _killed = 0;
            _killAt = commandStart;
        }

        public void FailAtNext(string commandStart) => _failAt = commandStart;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await SabotageAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await SabotageAsync(command, cancellationToken);
            return result;
        }

        private async Task SabotageAsync(DbCommand command, CancellationToken cancellationToken)
        {
            var text = command.CommandText;
            if (_failAt is { } fail && text.Contains(fail, StringComparison.Ordinal))
            {
                _failAt = null;
                throw new InvalidOperationException("The audit log refused the entry (test).");
            }

            if (_killAt is { } kill && text.Contains(kill, StringComparison.Ordinal))
            {
                _killAt = null;
                var pid = ((NpgsqlConnection)command.Connection!).ProcessID;
                await using var other = new NpgsqlConnection(ConnectionString());
                await other.OpenAsync(cancellationToken);
                await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", other);
                terminate.Parameters.AddWithValue("pid", pid);
                await terminate.ExecuteScalarAsync(cancellationToken);
                Interlocked.Increment(ref _killed);
            }
        }
    }
}
