using CstoPress.Core.Import;

namespace CstoPress.Data.Configurations;

public class LearnedBoilerplateConfiguration : IEntityTypeConfiguration<LearnedBoilerplate>
{
    public void Configure(EntityTypeBuilder<LearnedBoilerplate> builder)
    {
        builder.ToTable("learned_boilerplate");
        builder.HasKey(b => b.Fingerprint);
        builder.Property(b => b.Fingerprint).HasMaxLength(32).IsFixedLength();
        builder.Property(b => b.Sample).HasMaxLength(LearnedBoilerplate.SampleLength);
    }
}
