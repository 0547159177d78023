using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CstoPress.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "imported_sources",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    import_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    publication_id = table.Column<int>(type: "integer", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imported_sources", x => x.id);
                    table.ForeignKey(
                        name: "fk_imported_sources_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "learned_boilerplate",
                columns: table => new
                {
                    fingerprint = table.Column<string>(type: "character(32)", fixedLength: true, maxLength: 32, nullable: false),
                    files_seen = table.Column<int>(type: "integer", nullable: false),
                    sample = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learned_boilerplate", x => x.fingerprint);
                });

            migrationBuilder.CreateIndex(
                name: "ix_imported_sources_import_key",
                table: "imported_sources",
                column: "import_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_imported_sources_publication_id",
                table: "imported_sources",
                column: "publication_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imported_sources");

            migrationBuilder.DropTable(
                name: "learned_boilerplate");
        }
    }
}
