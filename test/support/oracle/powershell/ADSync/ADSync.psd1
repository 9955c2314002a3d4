@{
    RootModule        = 'ADSync.psm1'
    ModuleVersion     = '2.0.0'
    GUID              = '6b2f4d8a-3c1e-4f5a-9d7b-2a1c0e9f8b31'
    Description       = 'Mock of the Azure AD Connect ADSync module for the execution oracle (tests only).'
    FunctionsToExport = @('Get-ADSyncConnector', 'Add-ADSyncConnector', 'Set-ADSyncAADPasswordSyncConfiguration', 'Get-ADSyncAADPasswordSyncConfiguration', 'Start-ADSyncSyncCycle')
}
