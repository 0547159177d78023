namespace CstoPress.Data.Configurations;

public class OrganizationBodyConfiguration : IEntityTypeConfiguration<OrganizationBody>
{
    public void Configure(EntityTypeBuilder<OrganizationBody> builder)
    {
        builder.ToTable("organization_bodies");
        builder.Property(b => b.Slug).HasMaxLength(100);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.NameRu).HasMaxLength(200);
        builder.Property(b => b.Role).HasMaxLength(10000);
        builder.Property(b => b.RoleRu).HasMaxLength(10000);
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.Property(b => b.Version).IsRowVersion();
        builder.HasMany(b => b.Chairmanships).WithOne().HasForeignKey(c => c.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Representatives).WithOne().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}
