using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CstoPress.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchRankingByTitleAndLead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "title_and_lead_vector",
                table: "publications",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "CASE WHEN language = 'ru' THEN\n    setweight(to_tsvector('russian', coalesce(title, '')), 'A') ||\n    setweight(to_tsvector('russian', coalesce(lead, '')), 'B')\nELSE\n    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||\n    setweight(to_tsvector('english', coalesce(lead, '')), 'B')\nEND",
                stored: true);

            // Searching a name finds the person's speeches within the window being searched. EF cannot
            // declare an index over a property of an owned type and one of its owner, so it is made here.
            migrationBuilder.Sql(
                "CREATE INDEX ix_publications_speech_speaker_id_published_at ON publications (speech_speaker_id, published_at) WHERE speech_speaker_id IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_publications_speech_speaker_id_published_at;");

            migrationBuilder.DropColumn(
                name: "title_and_lead_vector",
                table: "publications");
        }
    }
}
