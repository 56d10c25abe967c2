; The Windows installer of TOP-3 Werkplaats (NSIS 3, built by `cargo xtask dist` with makensis on
; Debian). Our own script, not Tauri's bundler: that one downloads an NSIS plugin at build time.
;
; For IT departments (Intune/SCCM):
;   setup.exe /S                 silent, per machine, under "Program Files\TOP-3 Werkplaats"
;   setup.exe /S /D=C:\Pad       another folder (must be the last argument, no quotes)
;   uninstall.exe /S             silent removal; the vaults of the users stay where they are
;   detection                    HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\TOP-3 Werkplaats,
;                                value DisplayVersion
; Exit codes: 0 installed, 1 cancelled or failed, 2 aborted, 740 not run as administrator.
;
; Defines passed by xtask: VERSION (e.g. 0.1.0), VERSION4 (0.1.0.0), STAGE (folder with the files),
; OUTFILE, PUBLISHER.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true
ManifestSupportedOS all
RequestExecutionLevel admin

!define PRODUCT "TOP-3 Werkplaats"
!define APPEXE "top3-werkplaats.exe"
!define CLIEXE "top3.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define WERKEY "SOFTWARE\Microsoft\Windows\Windows Error Reporting\ExcludedApplications"
; The Evergreen WebView2 Runtime's client id (Microsoft's documented detection key).
!define WEBVIEW2KEY "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
!define WEBVIEW2KEY_USER "Software\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
!define WEBVIEW2URL "https://go.microsoft.com/fwlink/p/?LinkId=2124703"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} ${VERSION} installatie"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!define MUI_ICON "${STAGE}\icon.ico"
!define MUI_UNICON "${STAGE}\icon.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEFINISHPAGE_BITMAP "${STAGE}\wizard.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${STAGE}\wizard.bmp"
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UnFinishText)"
!insertmacro MUI_UNPAGE_FINISH

; The first language is the default when Windows' own language is neither.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString NeedAdmin ${LANG_DUTCH} "${PRODUCT} wordt voor alle gebruikers van deze computer geïnstalleerd; daarvoor zijn beheerdersrechten nodig. Er is niets geïnstalleerd."
LangString NeedAdmin ${LANG_ENGLISH} "${PRODUCT} is installed for every user of this computer, which needs administrator rights. Nothing was installed."
LangString Need64 ${LANG_DUTCH} "${PRODUCT} vraagt een 64-bits Windows 10 of 11. Er is niets geïnstalleerd."
LangString Need64 ${LANG_ENGLISH} "${PRODUCT} needs 64-bit Windows 10 or 11. Nothing was installed."
LangString WebView2Present ${LANG_DUTCH} "WebView2 Runtime is aanwezig (versie $0)."
LangString WebView2Present ${LANG_ENGLISH} "WebView2 Runtime is present (version $0)."
LangString WebView2Fetch ${LANG_DUTCH} "WebView2 Runtime ontbreekt; het installatieprogramma van Microsoft wordt opgehaald en uitgevoerd."
LangString WebView2Fetch ${LANG_ENGLISH} "WebView2 Runtime is missing; Microsoft's installer is downloaded and run."
LangString WebView2Failed ${LANG_DUTCH} "WebView2 Runtime kon niet worden geïnstalleerd (code $0). ${PRODUCT} is wel geïnstalleerd, maar start pas als WebView2 Runtime aanwezig is (Windows 10 en 11 hebben die meestal al; anders via uw IT-afdeling)."
LangString WebView2Failed ${LANG_ENGLISH} "WebView2 Runtime could not be installed (code $0). ${PRODUCT} is installed, but starts only once WebView2 Runtime is present (Windows 10 and 11 usually have it; otherwise ask your IT department)."
LangString FinishText ${LANG_DUTCH} "${PRODUCT} staat in het menu Start. Iedere gebruiker krijgt bij de eerste start de oefenomgeving; een eigen kluis komt in %LOCALAPPDATA%\top3-werkplaats van die gebruiker."
LangString FinishText ${LANG_ENGLISH} "${PRODUCT} is in the Start menu. Every user starts in the practice environment; a vault of their own goes to that user's %LOCALAPPDATA%\top3-werkplaats."
LangString VaultStays ${LANG_DUTCH} "De kluizen blijven staan: per gebruiker in %LOCALAPPDATA%\top3-werkplaats (kluis en oefenomgeving). Verwijder die map alleen als de gegevens weg mogen (denk aan de bewaartermijn)."
LangString VaultStays ${LANG_ENGLISH} "The vaults stay: per user in %LOCALAPPDATA%\top3-werkplaats (vault and practice environment). Remove that folder only when the data may go (mind the retention period)."
LangString UnFinishText ${LANG_DUTCH} "${PRODUCT} is verwijderd.$\r$\n$\r$\n$(VaultStays)"
LangString UnFinishText ${LANG_ENGLISH} "${PRODUCT} has been removed.$\r$\n$\r$\n$(VaultStays)"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Need64)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    MessageBox MB_ICONSTOP "$(NeedAdmin)" /SD IDOK
    SetErrorLevel 740
    Quit
  ${EndIf}
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; A running copy of the app keeps its .exe and WebView2Loader.dll open: Windows cannot overwrite
; them, but can rename them. The old file is removed now if it is free, else at the next restart.
!macro MoveAside FILE
  ${If} ${FileExists} "$INSTDIR\${FILE}"
    Delete "$INSTDIR\${FILE}.oud"
    Rename "$INSTDIR\${FILE}" "$INSTDIR\${FILE}.oud"
    Delete /REBOOTOK "$INSTDIR\${FILE}.oud"
  ${EndIf}
!macroend

Section "TOP-3 Werkplaats" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  !insertmacro MoveAside "${APPEXE}"
  !insertmacro MoveAside "${CLIEXE}"
  !insertmacro MoveAside "WebView2Loader.dll"
  File "${STAGE}\${APPEXE}"
  File "${STAGE}\${CLIEXE}"
  File "${STAGE}\WebView2Loader.dll"
  File "${STAGE}\LICENSE.txt"
  File "${STAGE}\THIRD-PARTY-NOTICES.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${APPEXE}" "" "$INSTDIR\${APPEXE}" 0

  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${APPEXE},0"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr HKLM "${UNINSTKEY}" "Comments" "$(VaultStays)"
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" "$0"

  ; No Windows Error Reporting for either program: a report could hold decrypted case text.
  WriteRegDWORD HKLM "${WERKEY}" "${APPEXE}" 1
  WriteRegDWORD HKLM "${WERKEY}" "${CLIEXE}" 1

  Call WebView2
SectionEnd

; WebView2 in bootstrapper mode: Windows 10 (since 2021) and 11 ship the Evergreen runtime; only
; when it is missing, Microsoft's small bootstrapper is downloaded, its signature checked, and run.
; A failure does not undo the installation: IT can roll out the runtime on its own.
Function WebView2
  ReadRegStr $0 HKLM "${WEBVIEW2KEY}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "${WEBVIEW2KEY_USER}" "pv"
  ${EndIf}
  ${If} $0 != ""
  ${AndIf} $0 != "0.0.0.0"
    DetailPrint "$(WebView2Present)"
    Return
  ${EndIf}
  DetailPrint "$(WebView2Fetch)"
  StrCpy $1 "$PLUGINSDIR\MicrosoftEdgeWebview2Setup.exe"
  InitPluginsDir
  nsExec::ExecToLog 'powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "$$ErrorActionPreference = $\'Stop$\'; [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; Invoke-WebRequest -UseBasicParsing -Uri $\'${WEBVIEW2URL}$\' -OutFile $\'$1$\'; $$s = Get-AuthenticodeSignature $\'$1$\'; if ($$s.Status -ne $\'Valid$\' -or $$s.SignerCertificate.Subject -notlike $\'*O=Microsoft Corporation*$\') { exit 3 }"'
  Pop $0
  ${If} $0 == 0
    ExecWait '"$1" /silent /install' $0
  ${EndIf}
  ${If} $0 != 0
    DetailPrint "$(WebView2Failed)"
    MessageBox MB_ICONEXCLAMATION "$(WebView2Failed)" /SD IDOK
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ; /REBOOTOK: a copy still running is removed at the next restart instead of failing.
  Delete /REBOOTOK "$INSTDIR\${APPEXE}"
  Delete /REBOOTOK "$INSTDIR\${CLIEXE}"
  Delete /REBOOTOK "$INSTDIR\WebView2Loader.dll"
  Delete /REBOOTOK "$INSTDIR\${APPEXE}.oud"
  Delete /REBOOTOK "$INSTDIR\${CLIEXE}.oud"
  Delete /REBOOTOK "$INSTDIR\WebView2Loader.dll.oud"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\uninstall.exe"
  ; Only when empty: nothing that someone else put there is removed.
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  DeleteRegValue HKLM "${WERKEY}" "${APPEXE}"
  DeleteRegValue HKLM "${WERKEY}" "${CLIEXE}"
  DeleteRegKey HKLM "${UNINSTKEY}"
  ; The users' vaults (%LOCALAPPDATA%\top3-werkplaats) are never touched.
  DetailPrint "$(VaultStays)"
SectionEnd
