; Inno Setup script: one installer, no network at install time, installs without admin rights.
; Built by installer/build_windows.py after PyInstaller has made dist\ccpropa-desktop\.
#define AppVersion GetEnv("CCPROPA_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F4B3C1E-2B7D-4C8E-9A51-CCB0A2D5E701}
AppName=Tuyên truyền CCHC (ccpropa-desktop)
AppVersion={#AppVersion}
AppPublisher=ccpropa-desktop
DefaultDirName={autopf}\ccpropa-desktop
DefaultGroupName=Tuyên truyền CCHC
; An officer without admin rights can install for themselves.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs 64-bit Windows 10 1809 or later.
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename=ccpropa-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
; Inno Setup ships no Vietnamese file; the wizard runs in English, our shortcuts are Vietnamese.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\ccpropa-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Tuyên truyền cải cách hành chính"; Filename: "{app}\ccpropa-desktop.exe"
Name: "{autodesktop}\Tuyên truyền CCHC"; Filename: "{app}\ccpropa-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình (Desktop)"

[Run]
Filename: "{app}\ccpropa-desktop.exe"; Description: "Mở chương trình"; Flags: nowait postinstall skipifsilent

; The data folder (%LOCALAPPDATA%\ccpropa-desktop) is never touched: uninstalling keeps the plans.
