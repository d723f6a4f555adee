using CrmErpPortal.Data.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.Sqlite
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

            migrationBuilder.Sql(SqliteCustomerSearchIndex.CreateTables);
            migrationBuilder.Sql(SqliteCustomerSearchIndex.CreateTriggers);
            migrationBuilder.Sql(SqliteCustomerSearchIndex.Rebuild);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteCustomerSearchIndex.DropAll);

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
