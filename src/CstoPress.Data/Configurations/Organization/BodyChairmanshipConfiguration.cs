namespace CstoPress.Data.Configurations.Organization;

public class BodyChairmanshipConfiguration : IEntityTypeConfiguration<BodyChairmanship>
{
    public void Configure(EntityTypeBuilder<BodyChairmanship> builder)
    {
        builder.ToTable("body_chairmanships");
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.BodyId, c.From });
    }
}
