using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CustomerSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SourceLinks_ExternalNumber",
                table: "SourceLinks",
                column: "ExternalNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_MobileE164",
                table: "Contacts",
                column: "MobileE164");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_PhoneE164",
                table: "Contacts",
                column: "PhoneE164");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SourceLinks_ExternalNumber",
                table: "SourceLinks");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_MobileE164",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_PhoneE164",
                table: "Contacts");
        }
    }
}
