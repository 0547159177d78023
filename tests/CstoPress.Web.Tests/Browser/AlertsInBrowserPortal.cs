namespace CstoPress.Web.Tests.Browser;

/// <summary>The browser portal sending its mail to a real SMTP server on loopback; the tests run the sender's rounds themselves.</summary>
public sealed class AlertsInBrowserPortal : BrowserPortal
{
    protected override bool SendsMailThroughSmtp => true;
}
