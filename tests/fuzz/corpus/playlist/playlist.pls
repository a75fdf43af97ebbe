[playlist]
File1=Music/Daft Punk/01 One More Time.mp3
Title1=Daft Punk - One More Time
Length1=215
File2=http://radio.example.invalid/stream.mp3
Title2=Radio
Length2=-1
File10=/music/ten.mp3
Title10=Ten
Length10=10
File3=..\Shared\track.mp3
Title3=Only A Title
NumberOfEntries=4
Version=2
