using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace CstoPress.Web.Tests.Nodes;

/// <summary>
/// Two web nodes, A (this factory) and B, each a whole portal in its own host, on one PostgreSQL database.
/// Pages are kept an hour and the clocks stand still, so a node shows another's change only when told;
/// both run the scheduler every 200 ms, as production nodes would.
/// </summary>
public sealed class TwoNodes : SeededPortal
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private NodeB? _b;

    protected override bool CachingEnabled => true;

    public PortalFactory B => _b ?? throw new InvalidOperationException("Node B starts with the fixture.");

    /// <summary>Moves both nodes' clocks, which stand for one time.</summary>
    public void Advance(TimeSpan by)
    {
        Clock.Advance(by);
        B.Clock.Advance(by);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _b = new NodeB(ConnectionString);
        await _b.InitializeAsync();
        _ = _b.Services;
        _ = Services;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>A client of each node sharing one cookie jar: a browser whose requests the load balancer sends to either.</summary>
    public (HttpClient A, HttpClient B) OneBrowser()
    {
        var cookies = new CookieContainer();
        return (Client(this, cookies), Client(B, cookies));
    }

    /// <summary>Asks <paramref name="read"/> until <paramref name="seen"/> holds; returns how long it took, or fails after 10 s.</summary>
    public static async Task<TimeSpan> UntilAsync(Func<Task<string>> read, Func<string, bool> seen, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!seen(await read()))
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Node B still does not show that {what}.");
            await Task.Delay(20);
        }

        return watch.Elapsed;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Configure(builder);
    }

    private static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Caching:PublicLifetime", Lifetime.ToString());
        builder.UseSetting("Publishing:RunScheduler", "true");
        builder.UseSetting("Publishing:SchedulerInterval", "00:00:00.2");
    }

    private static HttpClient Client(PortalFactory node, CookieContainer cookies) =>
        new(new CookieContainerHandler(cookies) { InnerHandler = node.Server.CreateHandler() }) { BaseAddress = new Uri("http://localhost") };

    /// <summary>The second node: the same database, made and dropped by node A.</summary>
    private sealed class NodeB(string connectionString) : PortalFactory
    {
        protected override bool CachingEnabled => true;

        protected override Task<string> CreateDatabaseAsync() => Task.FromResult(connectionString);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Configure(builder);
        }
    }
}
