// Found first on tend_core's include path: core/ is Qt Core + Qt Sql only.
#error "core/ must not use Qt Gui or Qt Widgets: move this code to ui/"
