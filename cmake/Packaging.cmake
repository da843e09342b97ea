# `cpack -G DEB` (or scripts/package.sh) builds tend_<version>_<arch>.deb from the install rules.
set(CPACK_PACKAGE_NAME tend)
set(CPACK_PACKAGE_VENDOR "The Tend developers")
set(CPACK_PACKAGE_CONTACT "The Tend developers <tend@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "notebook for the people who grow your career")
set(CPACK_PACKAGE_DESCRIPTION
    "Tend keeps up with your mentors, sponsors, coaches, therapists and peers.
Log a coffee chat in a few keystrokes, get nudged to follow up two weeks later,
see who has fallen out of touch, and review who you have helped lately.
Everything stays on your machine in one SQLite file, backed up daily; a
command line works over ssh with no display.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/tend/tend")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries tend links are found by dpkg-shlibdeps from the binary itself. Qt loads some of
# what Tend needs as plugins, which no linker sees, so those packages are named here: the SQLite
# driver and the platform plugins (xcb, offscreen). (The SVG icon engine comes with libqt6svg6.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")

include(CPack)
