using System.Net.Sockets;

namespace CstoPress.Web.Tests.Metrics;

/// <summary>A node whose metrics port is taken (another node on the same machine) does not start, and says which setting to change.</summary>
public class ATakenMetricsPort
{
    [Fact]
    public async Task StopsTheStartWithOneClearError()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var portal = new PortalOnPort(((IPEndPoint)taken.LocalEndpoint).Port);
        await portal.InitializeAsync();
        try
        {
            Assert.ThrowsAny<Exception>(() => portal.Services);

            // What the operator reads: the host's one error, naming the setting.
            Assert.Contains(portal.Log.Events, e => e.Level == Serilog.Events.LogEventLevel.Error
                && e.Exception?.Message.Contains("Set Metrics__Port to a free port", StringComparison.Ordinal) == true);
        }
        finally
        {
            await ((IAsyncLifetime)portal).DisposeAsync();
        }
    }

    private sealed class PortalOnPort(int port) : PortalFactory
    {
        protected override int MetricsPort => port;
    }
}
