namespace CstoPress.Data.Configurations;

public class OrganizationBodyConfiguration : IEntityTypeConfiguration<OrganizationBody>
{
    public void Configure(EntityTypeBuilder<OrganizationBody> builder)
    {
        builder.ToTable("organization_bodies");
        builder.Property(b => b.Slug).HasMaxLength(100);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.NameRu).HasMaxLength(200);
        builder.HasIndex(b => b.Slug).IsUnique();
    }
}
