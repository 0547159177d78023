using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CstoPress.Data.Migrations
{
    /// <inheritdoc />
    public partial class DocumentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "document_versions",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "CASE WHEN language = 'ru' THEN\n    setweight(to_tsvector('russian', coalesce(title, '')), 'A') ||\n    setweight(to_tsvector('russian', coalesce(text, '')), 'C')\nELSE\n    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||\n    setweight(to_tsvector('english', coalesce(text, '')), 'C')\nEND",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_document_versions_search_vector",
                table: "document_versions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_document_versions_search_vector",
                table: "document_versions");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "document_versions");
        }
    }
}
