using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmErpPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SparseLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SourceLinks_ExternalNumber",
                table: "SourceLinks");

            migrationBuilder.DropIndex(
                name: "IX_Customers_BusinessNumber",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_CustomerNumber",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Email",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_PhoneE164",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_Email",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_MobileE164",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_PhoneE164",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_SourceLinks_ExternalNumber",
                table: "SourceLinks",
                column: "ExternalNumber",
                filter: "ExternalNumber IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_BusinessNumber",
                table: "Customers",
                column: "BusinessNumber",
                filter: "BusinessNumber IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_CustomerNumber",
                table: "Customers",
                column: "CustomerNumber",
                filter: "CustomerNumber IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Email",
                table: "Customers",
                column: "Email",
                filter: "Email IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_PhoneE164",
                table: "Customers",
                column: "PhoneE164",
                filter: "PhoneE164 IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Email",
                table: "Contacts",
                column: "Email",
                filter: "Email IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_MobileE164",
                table: "Contacts",
                column: "MobileE164",
                filter: "MobileE164 IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_PhoneE164",
                table: "Contacts",
                column: "PhoneE164",
                filter: "PhoneE164 IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SourceLinks_ExternalNumber",
                table: "SourceLinks");

            migrationBuilder.DropIndex(
                name: "IX_Customers_BusinessNumber",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_CustomerNumber",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Email",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_PhoneE164",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_Email",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_MobileE164",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_PhoneE164",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_SourceLinks_ExternalNumber",
                table: "SourceLinks",
                column: "ExternalNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_BusinessNumber",
                table: "Customers",
                column: "BusinessNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_CustomerNumber",
                table: "Customers",
                column: "CustomerNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Email",
                table: "Customers",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_PhoneE164",
                table: "Customers",
                column: "PhoneE164");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Email",
                table: "Contacts",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_MobileE164",
                table: "Contacts",
                column: "MobileE164");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_PhoneE164",
                table: "Contacts",
                column: "PhoneE164");
        }
    }
}
