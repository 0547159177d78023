using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>
/// A portal behind a reverse proxy at 10.0.0.1 that reports each reader's address in
/// X-Forwarded-For, so a test can speak from addresses of its own.
/// </summary>
public class ProxiedPortal : SeededPortal
{
    public const string Proxy = "10.0.0.1";

    /// <summary>A cookie client whose requests come, through the proxy, from <paramref name="clientIp"/>.</summary>
    public HttpClient ClientFrom(string clientIp)
    {
        var client = this.CookieClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientIp);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:KnownProxies:0", Proxy);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ProxyConnection>());
    }

    private sealed class ProxyConnection : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextStep) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                return nextStep(context);
            });
            next(app);
        };
    }
}
