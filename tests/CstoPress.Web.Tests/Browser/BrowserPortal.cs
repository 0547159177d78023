using System.Net;
using CstoPress.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CstoPress.Web.Tests.Browser;

/// <summary>The portal served by Kestrel on a free loopback port, so that a real browser can open it.</summary>
public class BrowserPortal : SeededPortal
{
    public BrowserPortal() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public string Address { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }
}
