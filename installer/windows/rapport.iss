; Inno Setup 6 script for Rapport: Rapport-Setup-<version>.exe from the PyInstaller bundle in dist\Rapport.
;
; Built by `python installer\build.py`, which passes the version (app.__version__ in app\__init__.py):
;   ISCC /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 installer\windows\rapport.iss
; Run by hand without /D options, it reads the version from Rapport.exe's version resource instead.
;
; Per-user install without administrator rights, into %LOCALAPPDATA%\Programs\Rapport. The user's
; database lives in the user data folder (%LOCALAPPDATA%\Rapport, see app/config.py), never in the
; program folder, so upgrading or uninstalling never touches it.

#define DistDir AddBackslash(SourcePath) + "..\..\dist\Rapport"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(DistDir + "\Rapport.exe", "ProductVersion")
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion GetVersionNumbersString(DistDir + "\Rapport.exe")
#endif

[Setup]
; The AppId identifies Rapport across versions: never change it, or upgrades install side by side.
AppId={{DD92FF28-4CBC-4A22-AF5C-8E151FCB4BEF}
AppName=Rapport
AppVersion={#AppVersion}
AppVerName=Rapport {#AppVersion}
AppPublisher=Rapport contributors
AppCopyright=GPL-3.0-or-later, the Rapport contributors
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription=Rapport {#AppVersion} Setup

; Per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs in this mode.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Rapport
DisableProgramGroupPage=yes
; Upgrades go where the previous version is (Inno reads it from the uninstall key of the AppId).
UsePreviousAppDir=yes
DisableDirPage=auto

ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

; A running Rapport holds its files open: ask to close it (Restart Manager) before replacing them.
CloseApplications=yes
RestartApplications=no

SetupIconFile=..\..\resources\icons\rapport.ico
UninstallDisplayIcon={app}\Rapport.exe
UninstallDisplayName=Rapport
WizardStyle=modern
ShowLanguageDialog=auto
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=Rapport-Setup-{#AppVersion}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade in place: clear the previous version's libraries first, so no stale module or DLL of the old
; version is loaded by the new one. Only the program folder; the database is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Rapport"; Filename: "{app}\Rapport.exe"; Comment: "Rapport CRM"
Name: "{autodesktop}\Rapport"; Filename: "{app}\Rapport.exe"; Comment: "Rapport CRM"; Tasks: desktopicon

[Run]
Filename: "{app}\Rapport.exe"; Description: "{cm:LaunchProgram,Rapport}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the program itself created in its folder (the user data folder is left alone).
Type: filesandordirs; Name: "{app}\_internal"
