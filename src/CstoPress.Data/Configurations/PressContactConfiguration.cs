namespace CstoPress.Data.Configurations;

public class PressContactConfiguration : IEntityTypeConfiguration<PressContact>
{
    public void Configure(EntityTypeBuilder<PressContact> builder)
    {
        builder.ToTable("press_contacts");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Post).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(200);
    }
}
