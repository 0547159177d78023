using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Metrics;

/// <summary>A portal that keeps pages, runs its scheduler often, and listens for Prometheus on a free loopback port of its own.</summary>
public sealed class MeteredPortal : SeededPortal
{
    public int Port { get; } = FreePort();

    protected override bool CachingEnabled => true;

    protected override int MetricsPort => Port;

    /// <summary>What a Prometheus on this machine would read.</summary>
    public async Task<HttpResponseMessage> ScrapeAsync(string path = "/metrics")
    {
        using var prometheus = new HttpClient();
        return await prometheus.GetAsync($"http://127.0.0.1:{Port}{path}");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Publishing:RunScheduler", "true");
        builder.UseSetting("Publishing:SchedulerInterval", "00:00:00.2");
    }
}
