using System.Net;
using OpenTelemetry.Metrics;

namespace CstoPress.Web.Metrics;

/// <summary>
/// The Prometheus scrape endpoint, <c>/metrics</c>, on a listener of its own (<see cref="MetricsOptions.Port"/>),
/// not on the public port: readers never reach it, and a scrape never passes through the public pipeline
/// (logging, the rate limit, the cache). Anything else on that port is 404.
/// </summary>
public sealed class MetricsServer(MeterProvider meterProvider, AlertOutboxGauge outbox, IOptions<MetricsOptions> options, ILogger<MetricsServer> logger)
    : IHostedService, IAsyncDisposable
{
    public const string Path = "/metrics";

    private WebApplication? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = outbox; // Made with the server, so that its gauge is there from the first scrape.
        var (address, port) = (Address(options.Value.Address), options.Value.Port);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });
        var server = builder.Build();
        server.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, context => context.Request.Path == Path, Path, null, null);
        try
        {
            await server.StartAsync(cancellationToken);
        }
        catch (IOException taken)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException(
                $"The metrics port {address}:{port} cannot be listened on ({taken.Message}). Set Metrics__Port to a free port, or to 0 to serve no metrics.", taken);
        }

        _server = server;
        logger.LogInformation("Metrics for Prometheus at {Endpoint:l}", $"http://{address}:{port}{Path}");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static IPAddress Address(string configured) =>
        IPAddress.TryParse(configured, out var address)
            ? address
            : throw new InvalidOperationException($"Metrics__Address must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{configured}'.");
}
