using CstoPress.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace CstoPress.Web.Tests.Hosting;

public class StartingWithoutADatabase
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task OutsideDevelopmentAMissingConnectionStringIsOneClearError(string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration["ConnectionStrings:Default"] = "";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => builder.AddCstoPressDatabaseAsync());

        Assert.Contains("ConnectionStrings__Default", error.Message);
        Assert.Contains(environment, error.Message);
    }
}
