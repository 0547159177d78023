using Microsoft.EntityFrameworkCore.Design;

namespace CstoPress.Data;

/// <summary>Lets 'dotnet ef migrations add' build the model without starting the web app or a database.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CstoPressDbContext>
{
    public CstoPressDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CstoPressDbContext>();
        options.UseCstoPressDatabase("Host=127.0.0.1;Database=cstopress_design");
        return new CstoPressDbContext(options.Options);
    }
}
