using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourceLinkSystemLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SourceLinks_CustomerId",
                table: "SourceLinks");

            migrationBuilder.CreateIndex(
                name: "IX_SourceLinks_CustomerId_System",
                table: "SourceLinks",
                columns: new[] { "CustomerId", "System" });

            migrationBuilder.CreateIndex(
                name: "IX_SourceLinks_System_ExternalNumber",
                table: "SourceLinks",
                columns: new[] { "System", "ExternalNumber" },
                filter: "ExternalNumber IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SourceLinks_CustomerId_System",
                table: "SourceLinks");

            migrationBuilder.DropIndex(
                name: "IX_SourceLinks_System_ExternalNumber",
                table: "SourceLinks");

            migrationBuilder.CreateIndex(
                name: "IX_SourceLinks_CustomerId",
                table: "SourceLinks",
                column: "CustomerId");
        }
    }
}
