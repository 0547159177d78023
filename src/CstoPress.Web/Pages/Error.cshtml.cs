using System.Diagnostics;
using CstoPress.Data;
using CstoPress.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;

namespace CstoPress.Web.Pages;

/// <summary>What a reader sees when something broke: an apology and a reference, never the exception.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string CorrelationId { get; private set; } = "";

    public bool IsOutage { get; private set; }

    public void OnGet()
    {
        CorrelationId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        IsOutage = DatabaseFailures.IsOutage(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error);
        if (IsOutage)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public void OnPost() => OnGet();
}
