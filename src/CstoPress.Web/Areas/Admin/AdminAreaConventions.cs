using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace CstoPress.Web.Areas.Admin;

/// <summary>
/// Authorization of the admin area by convention, for the whole area at once, so that a new page
/// cannot be left open by forgetting an attribute.
/// </summary>
public static class AdminAreaConventions
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AuthorizeAreaFolder("Admin", "/", PortalRoles.PressOfficePolicy);
        conventions.AuthorizeAreaFolder("Admin", "/Users", PortalRoles.AdminOnlyPolicy);
        conventions.AuthorizeAreaPage("Admin", "/Audit", PortalRoles.AdminOnlyPolicy);
        conventions.AuthorizeAreaPage("Admin", "/Catalog/Sections", PortalRoles.AdminOnlyPolicy);
        conventions.AddPageApplicationModelConvention("/Account/Login",
            model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(AccountsHosting.SignInRateLimit)));
        conventions.AddPageApplicationModelConvention("/Account/LoginWithCode",
            model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(AccountsHosting.SignInRateLimit)));
        conventions.AddPageApplicationModelConvention("/Account/ForgotPassword",
            model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(AccountsHosting.PasswordResetRateLimit)));
        conventions.AddAreaFolderApplicationModelConvention("Admin", "/", model =>
        {
            model.Filters.Add(new NoIndexFilter());
            model.Filters.Add(new ServiceFilterAttribute(typeof(TwoFactorRequirement)));
            model.Filters.Add(new ExpiredFormRedirect());
            model.Filters.Add(new UnsavedDuringOutage());
            model.Filters.Add(new TypeFilterAttribute(typeof(EvictAfterPressOfficeChanges)));
        });
    }
}
