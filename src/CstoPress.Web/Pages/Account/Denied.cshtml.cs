using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CstoPress.Web.Pages.Account;

public class DeniedModel(ILogger<DeniedModel> logger) : PageModel
{
    public void OnGet()
    {
        logger.LogWarning("Access denied to {UserName} from {ClientIp}", User.Identity?.Name, HttpContext.Connection.RemoteIpAddress);
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
