# shellcheck shell=bash
# What the integration tests need to know of a server the scripts started for them. Sourced after
# common.sh, payara.sh, partners.sh and staff.sh.

# test_properties: the connection details of the domain described by the AK_* variables, as the
# tests read them (TestServer.property): its HTTP and admin ports, database, asadmin, first
# manager, fake partners and (when the script started one) the fake printer.
test_properties() {
  cat <<PROPS
ak.test.http.port=$AK_HTTP_PORT
ak.test.admin.port=$AK_ADMIN_PORT
ak.test.db.url=jdbc:postgresql://$AK_DB_HOST:$AK_DB_PORT/$AK_DB_NAME
ak.test.db.user=$AK_DB_USER
ak.test.db.password=$AK_DB_PASSWORD
ak.test.domain.dir=$(domain_dir)
ak.test.asadmin=$AK_PAYARA_HOME/bin/asadmin
ak.test.asadmin.passwordfile=$(asadmin_passwordfile)
ak.test.manager.password=$(staff_password manager)
ak.test.partners.fake=$(partners_fake_url)
ak.test.partners.config=$(partners_config_file)
$(if declare -F printers_test_properties >/dev/null; then printers_test_properties; fi)
PROPS
}
