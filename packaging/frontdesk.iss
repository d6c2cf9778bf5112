; Inno Setup 6 script: the Windows installer for FrontDesk, made from the folder that
; `py dev.py bundle` builds (dist\FrontDesk\). dev.py runs it when Inno Setup's ISCC.exe is
; installed; by hand:
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\frontdesk.iss
;
; It writes dist\FrontDesk-<version>-setup.exe. The installer puts the program in Program Files
; (or, for a user without administrator rights, in that user's programs folder), adds a Start-menu
; group (FrontDesk 客服前台, FrontDesk 安装自检, uninstall) and a desktop shortcut. The data — the
; database, its backups and the pass-signing key — is in the user's AppData
; (%APPDATA%\FrontDesk\FrontDesk), which the installer never touches: an upgrade (a newer setup run
; over the old one) keeps it, and so does uninstalling. At its first start a new version backs the
; database up and upgrades it, and the audit trail records which version opened it first.
;
; NOT TRIED: this script has not been compiled or run on Windows yet (see README).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "FrontDesk 客服前台"
#define AppExe "FrontDesk.exe"

[Setup]
; the same AppId for every version, so a newer setup upgrades the installed one in place
AppId={{6F1D3C52-8A4B-4E0F-9B7D-2C5E8F1A4D63}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FrontDesk
DefaultDirName={autopf}\FrontDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=FrontDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; a running FrontDesk is asked to close (it folds its SQLite log back into the database on quit)
CloseApplications=yes
RestartApplications=no

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; the previous version's program files (not the data, which is in AppData): no stale module or Qt
; plugin of an older build may stay beside the new one
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\FrontDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\FrontDesk 安装自检"; Filename: "{app}\{#AppExe}"; Parameters: "--self-check"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
