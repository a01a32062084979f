#include "tempdir.h"

TestDir::TestDir()
{
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("SITESAFE_KEEP_TEST_FILES"));
}
