namespace CstoPress.Data.Configurations.Organization;

public class BodyRepresentativeConfiguration : IEntityTypeConfiguration<BodyRepresentative>
{
    public void Configure(EntityTypeBuilder<BodyRepresentative> builder)
    {
        builder.ToTable("body_representatives");
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.NameRu).HasMaxLength(200);
        builder.Property(r => r.Post).HasMaxLength(300);
        builder.Property(r => r.PostRu).HasMaxLength(300);
        builder.HasIndex(r => new { r.BodyId, r.State, r.From });
    }
}
