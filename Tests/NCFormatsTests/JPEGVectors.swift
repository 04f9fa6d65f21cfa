import Foundation

/// Small JPEG files that reach decoder paths the input fixtures do not (other sampling factors,
/// rows too narrow for fancy upsampling, separate scans, restart intervals, RGB colour spaces,
/// missing Huffman tables, 16-bit quantisation tables, saturated values), each with the pixels
/// OpenCV 5.0.0 (libjpeg-turbo 3.1.2) decodes from it: `cv2.imdecode(data, cv2.IMREAD_COLOR)`,
/// BGR → RGB (greyscale replicated). Pillow 13 (libjpeg-turbo 3.2) agrees on every one.
///
/// The files were written by the plain baseline encoder below (numpy + scipy, no imaging
/// library), so they share no code with the decoder under test.
enum JPEGVectors {
    struct Vector {
        let width: Int
        let height: Int
        let jpeg: String
        let rgb: String

        var bytes: [UInt8] { JPEGVectors.decodeBase64(jpeg) }
        var pixels: [UInt8] { JPEGVectors.decodeBase64(rgb) }
    }

    static func decodeBase64(_ text: String) -> [UInt8] {
        [UInt8](Data(base64Encoded: text, options: .ignoreUnknownCharacters) ?? Data())
    }

    /// `h4v1`: 37 × 29, sampling 4x1, 1x1, 1x1.
    static let h4v1 = Vector(
        width: 37, height: 29,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAAdACUDAUEAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDct76Phtw+U9OlLcakgBI78jBx9ax7nUl3HLZzzx1Pt60yG/Qnqc/lWOJpuMOVHHi8O/cN
            KK/i29z9AKf9vj/uv+Q/wo+3x/3X/If4Ufb4/wC6/wCQ/wAK8v6l/V2etGi7L3TnYZ3C5BwepFR3U7lT8xB45rIuJXdgxzxxxxTr
            VnL8ZUEYGRmvoq9pVeU2xcIpQNiCWRU4yvtt/wDrVJ50v95v++f/AK1HnS/3m/75/wDrUedL/eb/AL5/+tVexR3qMLGlBpfygsBn
            ORjn64on00AHCkY5xj2rMl0kEYAxzjk1Ja6UoGSD06mvMw9d1K7Z89jcT7sDWTS0C/OoHPFO/syH2/I0f2ZD7fkaP7Mh9vyNem6q
            v0O2OIdlp+RatpSV2tzg/wBKklwSUA46c1Qc7mVSM5OOfanW7gjG0DnP5mvGyyN5SZ4mPj8CLyOzr1Axx0p3z/3h+VHz/wB4flR8
            /wDeH5V1Sm02j0Y042R//9k=
            """,
        rgb: """
            h9h7j+CDne6Ro/SXut2nt9qkyOu13//M5+/ixs7B09vO5OzfsOXdsebewPXts+jgff/baffHS9mpOsiYIeV/L/ONLfGLH+N9JuBP
            Jd9OJd9OJ+FQStw5UuRBWuxJX/FOidcfjdsjkuAomOYurOIyneean+mcpO6hpO6ht9Oqs8+mw9+22PTL9fjx3N/Y2NvU297Xrd/U
            otTJn9HGl8m+VuOuTdqlU+CrZPG8Qv+YJel7C89hAsZYLONLK+JKKN9HJ95GQ9UqRdcsSNovStwxtO0At/AAu/QAwPkA0/MAl9ej
            ltaimtqmnt6qucu1u823zd/J4/Xf7ujq5+Hj1c/R1M7Qvunfst3ToczCpM/FbfO2TdOWP8WIR82QH9xkCsdPEs9XMO11INAwIdEx
            JNQ0KNg4SdQjTdgnUdwrU94tsbU9tblBur5GwMRM1b9Qkr6tkr6tmMSzos69w8LHxcTJ09LX4+Ln4crc6dLk0brMzbbIyeffv93V
            psS8sc/HVs6QSMCCRLx+TMSGKNdeG8pRGslQJ9ZdH8AiI8QmKcosMdI0VNAkWtYqXdktX9svsbhItbxMvMNTxMtb28hho7bHobTF
            qLvMs8bX0bnZy7PTy7PT0bnZ47fa78Pm1anMyJy/vMTGr7e5kpqcmKCiWbyDW76FUbR7QqVsI71LLshWKMJQFrA+MbwrMr0sNcAv
            OMMyVrshV7wiV7wiVrshocMwpcc0qsw5sNI/xs5EopjMoZfLqqDUu7Hl36zn2qfi1aLd1aLd4pzS7Kbc4JrQ0YvBtKKyrJqqmoiY
            lYOTbLeMb7qPWKN4M35TEpQ0K61NKqxMEJIyKJkjKpslLZ4oMaIsUZsgVqAlWaMoW6UqiZZri5htjptwkZ5zopVzl3XBk3G9m3nF
            sI7a25Di3JHj2Y7g2o/h2HvC3H/G5YjP3oHIrIOhr4aksYimoHeVSHpdWoxvZJZ5XI5xMZtRKJJIEXsxAGEXHncdH3geI3wiKYIo
            UH4mWogwY5E5aJY+m3xfnn9iooNmpodquYBsn27HlWS9lWS9o3LLynHNynHNxm3JxWzI1Wq60me353zM4HXFm2SLoWqRrneek1yD
            XYJwVHlnSW5cPmNRD2otCmUoGnU4MItOL3gvLXYtLHUsLHUsTWwoU3IuWnk1X346pFRLqFhPr19WuGhfzmZlklTTh0nIiUvKnV/e
            zV/azV/azmDb1Gbh5l/F6WLI1U60yUKotVySrlWLokl/qVCGWllXYmFfW1pYQkE/EkUkFkkoH1IxIVQzFzkYKEopLU8uI0UkQz4q
            WVRAYFtHVVA8iTNOkz1Yo01os114w2aDmUvTkELKkUPLnlDYyErPyErPy03S1Fbb3Uez40251T+ryzWhtk6JqUF8lS1omDBra1xh
            b2BlY1RZRjc8DjQbCzEYDTMaDDIZFSoXIzglJzwpIjckSzg0ZVJOb1xYZlNPsUhztk14vlWAx16J0WOQnzjRnDXOnjfQpD3WxTLB
            wzC/yDXE0j/O2S6h4zir2S6h0ieavEGAqS5tkBVUjhNSYD9KY0JNXDtGSSgzFysgFiofGi4jHDAlLi8xMjM1LC0vIyQmRR80WjRJ
            XjhNUy1CqCVpqidrqyhsritvtSxynB/FoybMrC/VsDPZyyS8xyC4yyS80ivD3yKY6i2j4SSa2x6UxDp4sylnmxFPmhBOVSUzWCg2
            ViY0Tx8tJiopKCwrLjIxMjY1QjVJPjFFMiU5KBsvSBNBVyJQWSRSUBtJwSeFwymHxy2LyjCO0TGRlAy4oxvHsirWuDDc1iO90yC6
            0h+50R645iCR7iiZ4hyN2xWGxDNquShfpxZNqhlQYys0XycwWyMsVh4nKScqIyEkIiAjJSMmMR4+MB09LBk5Lhs7Vhlcai1wdDd6
            dDd6qQd3sA5+uhiIxCKSzSSXkgmxohnBsSjQti3V1yW32ii61SO1zhyu5CCE6SWJ2xd70g5yvS9XtSdPpxlBrR9HXSwnViUgUiEc
            UiEcKConHR8cGRsYHB4bHQ0yHw80JBQ5KxtAUBdkYSh1bzaDeD+MqxKHtBuQwSidzTSp2DmwmRW2ox/AqSXGqSXGzyOr2S211Smx
            yh6m3yN45Sl+1hpvzhJntjJHrSk+nRkuoh4zUCoVSCINRyEMTykUKTcqHy0gGykcIC4hGxc4IR0+KSVGLSlKRxhoTB1tWSp6ZjeH
            kwmAmA6FoBaNqB6VsCCZoCO9oybAoCO9nB+5xB+f0y6u0i2txSCg3Chy5DB61yNtzxtltjpEqS03lhokmBwmWTobTi8QTS4PVDUW
            K0MtHTUfFi4YGjIcISRDKi1MNjlYOz5dTyh3UCl4XjeGcEmYtjqstzutuDyuuj6wwT6ylTutgymboEa4sFbIqiZxoBxnwz+K00+a
            zzdG1j5NyzNC4UlYwFg7pj4hskotrUUoUEIdVEYhVUciUkQfJE1HIElDGUI8Ejs1Hj5nI0NsI0NsHz9oOjaDSUWSUk6bUk6bgkqV
            hEyXjFSfk1umnU+boFGthziUjT6apVayylGGyE+Ez1aL01qP4VZT5ltY00hF41hVwGU4qE0gtlsusVYpTEoZT00cUU8eT00cIldF
            HlNBGE07E0g2EjtbHEVlI0xsJU5uREmLU1iaWl+hV1yeu0bVukXUwEvayFPi2ErcoGeal16Rj1aJoGea2HaF0G59w2FwzGp57HVT
            7ndV1l893mdFunQvpV8as20orGYhX24pXm0oXWwnXGsmLHNRJGtJHmVDG2JAE05cH1poK2Z0MWx6UGeZXXSmYHepW3KknnbpmXHk
            nHTnp3/yvXzyfWNkl31+l31+nYOE045xwn1guHNW2pV47I9J8JNN2Hs134I8vI4uqXsbtIYmpngYbZY6Z5A0ZI0xYosvMY9aJIJN
            HXtGHXtGI3VzLoB+NoiGOoyKVoSlYY+wY5GyXYustITCrHy6rn68vY3L15HQa24/i45fkJNkmJts06tjyqJaw5tT47tz46I67axE
            2Zgw4qE5w682s58muaUsoo4VY6U5WpwwV5ktWpwwK6JeHZRQGZBMHpVRJ5KCL5qKNJ+PNJ+PT5ipXKW2Yaq7Xqe4n5u+mJS3m5e6
            q6fKyKzSka9XlbNbka9Xm7lh1cdc1shdxrhNxLZL06so4Lg1zaUi1q4rur0yrbAlsbQplZgNXbU9UakxUakxW7M7Mb5yJbJmJbJm
            ML1xHJ6EJaeNKqySK62TSaevWLa+YL7GXrzEgL3qe7jlf7zpjMn2pcn7pthlnc9co9ViqdtoxstKys9OyM1Mtrs61b8t4cs5ybMh
            zbclssYxqr4pr8MukaUQZs9PV8BAVr8/Y8xMONWGK8h5K8h5OdaHGayQJLebLL+jL8KmTLvCV8bNWcjPVMPKwrfvwLXtxbryzMH5
            27jyhcJBi8hHsO1stfJxs8I1u8o92+pd1+ZZ6uBD9OpN1swv1Motudg9tdQ5vdxBoL8kbd1dXMxMV8dHYdFRMdiIH8Z2HcR0K9KC
            I72hMMquOtS4Pde7VczSWtHXVczSS8LIttfEttfEu9zJvd7LxMy9mNlBqepSpeZOvP1l2PBEwdktzuY6yOA00NQd2t4n3uIr2Nwl
            tORDs+NCpNQzj78eW+BzdPmMYOV4TtNmMOyyH9uhB8OJFtKYKtzCALCWKNrAPe/VQdTCSt3LSt3LT+LQj9bQn+bgpezmnOPdqdnL
            kc41ot9Gn9xDufZd1+1CxNov1Oo/z+U609Qg29wo3t8r2domt+ZKuOdLrt1Bns0xUtVtaOuDW952UNNrNOy4KuKuGdGdKeGtN+fQ
            EMCpNeXORvbfTtzOVePVU+HTWefZoNvVrejis+7oquXfttrMisEomtE4mM82tOtS1+c+yNgv3OxD2Og/4N8v4+Iy4N8v2tkptuRO
            uOZQsd9Jp9U/UdNzX+GBWdt7U9V1M+i7LOG0JdqtNeq9QOjXIMi3QOjXSvLhVt7UXubcVt7UYOjepczHrtXQstnUrNPOucq6jboh
            msculcIpst9G1t84ytMs3+hB2+Q98e1D7Og+4t402dUrsd5Qr9xOq9hKptNFWtqFXd2IWtqFV9eCLN66I9WxI9WxMeO/NtfPIsO7
            O9zUP+DYV9XSYN7bVNLPZOLfpbm3qr68rsLArsLAv76smLsjocQsl7oistU91Ncyycwn3eA72dw39u1I6+I93tUw184prNdSqtVQ
            qdRPqtVQX92TVdOJWNaMWdeNJNC4G8evJdG5Md3FKcPDIbu7NM7OMszMWczTZdjfVcjPa97lr7m7r7m7tL7AvMbI0cW1
            """)

    /// `h1v2`: 37 × 29, sampling 1x2, 1x1, 1x1.
    static let h1v2 = Vector(
        width: 37, height: 29,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAAdACUDARIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDoRfRhWO/OOR71y7zSsoI688de9dX1SnDqerLAx5dTXudQiztz0+76fnXJ3dxIVKgk/wAX
            HTFEoxWzPIxOBWyZvnUk35BGRz9ea5OOaUsvPGTnOcmuOpT5upwRwEb6nbwagmcg8HuPSuZtXbcoGeQOf8+9cTwLnoe3hcHFdTsR
            qAydiM49u1c6DM46ZAOM8/4VvTyqNtT0HhIm1Jp2RnaSD0J6VoyP+7D4H+QP8a82ePqydji9tUta5zVzp3XAA5rYnbjoOTjj8auF
            SpJ6nkYqvURz8ekKWzt4J4GAcVsI+ArbRyQB7V6dKnUbVzy1iql9yO00nB2heozjjmta1kICEDljzmul3ij18JiastiudKBA6Y9u
            larSmMKwUfMMY9MVk8XOLsj0PrE11P/Z
            """,
        rgb: """
            3O+e1uKY2d2g5Oa04enAy+bDverJu/fVj8rIn9naqeXml93fccnKU8G+SM7FSt7SPvLPHterIOOnFN+QFuSCJO98IOdqPv9/XeE+
            bOZGeNxEhMw4pdI50eY/5+g049se3d4U4uIe5uYu5uY24eU50d+U0NeT2daf4t6x3d68ydy+v+PHwPLVkMjJnNTVpN7gmN7ge9TS
            XMvFRs2/PdHBOurEJNqqLeutHuOTGOB9I+h1JOJmRf9/ZOZGbeVIedtGjNFAqNM9x9k31tYm188V5d4c4dke3dYm39gy4t49y9CQ
            zsyT2cyf4tKu3tS5z9S+xNvHw+bSrN3hotXZkcvNgcXEbcjBW9DAS9bBQNrCMtuwJtSfNOuoJOCMG9VwI9pmJNRXRfBsY+VHZdlA
            c9JAj9RFqNJAusstyccd1MkZ7d0o4tAk2ccn3Ms159hJ2M2g18Wf3L6k58Sx6s3F4dLN0NHMw8/Ls9nmosrWi7zDfb2/csnBYtLC
            SNK4NsyvL8yfIcSNMNmUIc15HMZjKs5eJL9HO9FTYdlEXMg3asA3jclDqMg/s7wrx74h3swq9NIz68cx4r424b1C58ZT6M284b2x
            4K+r6rO5+MTR9s3d2sLSvbDBo7fSmLLJjrPFisHIf8/MZNDAOr+kGa2LMsKRILN8KcB9HLVjI7lYOcdbK648NbI8YcxAWroyZ7Ix
            hrk6nrQ2rKkmxa8l4MEy8bs37rY9569C3qZJ1p9M57fH5Km/4pm26pq/+qzW+rfj3ajSupG7s63dn6DMhJS2bpSpXp+lTqujOrGd
            LLGUM7CGIKBvJalvGJxTJqRQRLdaNJw5N5kyX7U6Yaw1bqQyg6AylZkrppIivpci0qEq5ps25pk/4JJH1YZLx3lJ04q/2onD4IHD
            533F7obR7pDa2YnSv3fAu5ffpInMf3atW2qRQG2EN4CGOJmQPKubJ5NzG4djJJJjE35GH4RCQZlNN4Q0PYIxTokfYZErdZMzg4gs
            lYAnrX8pv38nxXsi3ns33Hg92nVL2HJb13JowGC61WzL5m3U52XP5mTQ5W7W2G7TxmbInFi7nmO/lW69fXOvXXCaP2+GLXN9JXl7
            HnJiGm9aKH5hEmdAGGQ2OXhDN2oyRG83P1wKYHMifH8yi3Qwn28tvHQ5y3A3x2Iq3mZE2V9I2l9Y52t2+H6X4Gnp0lDU8mTq7FTd
            2EDH207RxkjFw03HqUS+n0a6llS4jWa5dW2pT2KMLVRxHE9kL29uFFZSFFZMIWBPI1lBMFs/Q2BBQVY1UFEVVUwTeV4pbzwNkkcg
            w2BAtT8l2lxF4lhV6F1k6F103lF71EZ+2k3pyzXU7Uvs6T/e2S/N4kTZ00TS0U3Wvj/KpjW4kTepgkSlaEmVRUB6LjtoKkBnCzdE
            AC85FUJIJFBPHUA6JDszOEI5PD80TzcTZEIfekcofDQcnz4uv0VAvjE31kBM20Fd4kZt5kmA4USL2T2R4kTz0ivb8D7s5i7a0RzB
            1S3Iwyu8vzK+vi+/oB6mhx+YfjOYZjeIQShqLiRZMjBhECpDECxCJkZVMk5ZHTQ8ISwwPz5DUEdMTSMTc0IzdTMnijEtqjY/tCpB
            yC1PzilT0Clf1S1r2jKA3DKS1zCa4TPs0hzT8DPn6CbV0BO4zh+4tRinrRylrxijlg2RhxiOhjSWczqLSSRpMhlSMyFVGSRCDx04
            GSlAFic3AAsZBwkWLyQyRjZDUh4ghUlLciUrjy06rDFNqhlE0i5q0CJn3Ct52ih+2yiO3iye2yuoyhTIwgW57CXW6yPL2Re11yi1
            vCGhsiKbrBqWmRSHhhyAfS2EaDB3SSJbNBZIMhZGIyU+ERYsFBwvFR4vBAwZEA4bMCUzPi47UyAvhUhYbCIzgyM+nyVOoQ9Nzyx7
            0yaAyxZ1vwhwugN3vweJvgqS1BXFygW09CnS8yfG3Ryt2iusvSOVsiWOtSiRpSeKhiB2YxdhTRdRQxtNOhlEMRI7Jx82FxQnIiQz
            MTVBKiw4MC04QjZCQzE9UB43dTtUbiVAdxk9kBpOnxFbwSJ/1SuV9z2q5yyh4CWm6S676jLE6CjN3BO3/S/P9Sm83hyf2i6evymM
            tC6HoyF5pTCBhSpvUxJKQhRCTStOSSxKMhUxGg8fDgYTGxkkKSwzISUoJSMmNSouNSYrTCE/ZC9NeDVUchpCihpUqiNyshp/1jOo
            2RyUyQyKyguW2h6w4Sa/3ii7zxOl8y677Sip3CGS5D2Z1EGP0E2Pgg5LlzBnhzZfWCA9Sig5X0hSVENJLh8kMi4vIiIkKS0wLTYz
            HScfIicgPDg3RjtDRyZDVSxKgklscyRTjCRjtTWIqRh91z2t4zSr1iaj3iy2+Ufb/1Hr5VDG703E9Ui790Kr7j2V2zx/xz5suz9j
            okJdkT1NgT9BdUs9Z1I3Uk8uRE4pQVEsIS8YIDAjIjcwIz4tHjcaGCoSIyklMjE/TTxMTjVLYDRXhkJ1rFCTwk2cxD6VwjGOzDio
            1UK340nN6UzZ5kXg2l+53Vew4Uui5kWT5kiF3k961FluzV9orF5cmlZLiVY7fWA2a2QuUmAjQV4ePWEjNVouKk8wIkw4Klc4NGE2
            PWE7SWFUVWNwXFtjY1hpdVd5kVuPr16gxV6n1Fuo3Fmn3WPI32HM3VzT2lPU10nZ13Wy2Gqn22CZ4l6P52WH5HB913RvzHZntnVf
            pG1OkW09gnM4bHYvU28lP2sgOW0jPXs8ImIwDVAnEFgoImgsLWw3NWdOOmJkU2NjX2Zwc2V/hWCLmVqTsFucx2Kk1mms4XvR4HnV
            3XHW2WfW1V/X15Gt24ii4oOZ7YSS8ImK44p4zYRjuH1RtIZVon5Ejns2foMzaIUrT30jO3ohNXsjR6NML4tCGno9HYA/KoxBNI1L
            OoZgP4F3ZYWAcoqOgYibj4ChpHqovX6z04S73IW8zX3G1ILO24bX34fd3YLf1qye2KSW2pyH35p935xx1Jxhw5lRtJVFrZhHm5A3
            iY8te5YraJorT5QnPJIlNZQsKqY0IJ47H59KKKpSL7FRNa9aQ656T7GaYpyNbp+ZfZujipKpo5W2wJ7DzJzCypK3zZjM05zT3KPa
            4KPe4KDd0r6M0bZ/0attzaJdyqFPyahJxrNMxrxNr69BnaYxjKYrfrAtbbQwVLAxQa4xO7E5EachEqozG7RMIbxWH7lLHa5PK61v
            PLWUVqWQZKudcKame5uolaC0t63Gw6vFvJy05sLo5cHl477f3rfW27LQxsRt0cht2spo28VY1L9Iy8BAy8lCzNNJscM5n7wsjrwm
            fsUraskxUsQxQMA3OsM/J9I4J9NLLNljL95pKNVfI8hfLsWAP8umY8yuedjEhNTLh8HDm8DJwNDd2Nji2dLa5c/k59Di5tDc48zS
            3sjKwMRT2Nhg8u1t+/Jn7udR2dg/zNE2x9M1rtAznMkmicYgec8mZdEtSswuNsg1Mco8HdMzGtFDHdVZJt9nKOBmK9pxOdqWSuC7
            VM+wcOLJgODUe8bCh7q9rs3Q0uLi3eblzb3I18jN5NfR7N/P69/J2NxU5OZX2tc+3dg03Ngux8cb2d8zzdYtrNYsm88imd8vcdAe
            de0+Ud87TOpPM9pFF88xLeZaK+RsHNllINlkI9NuMNOSTuXGYuzLW9zAY9LBgdjSn9/et+HfyOHd0+Tczr3D9ufi6t3M1Muq7ea8
            4eFN8O1S4N026OMx498m0NAa4uIy1totueU4ptwsous5eNknd/NDT+I8SOtQMdtHJ99LMutpKOJzIdxzLuh9M+SJONukTOTPTuPF
            UNrBYdfHgd3Yn+HftOHcyuPd2uvh5dPT/+/l7d/E18+h8ey14ttE8+5M4tsr8Oow5N8h2dMZ4d8s2dUru+Q9p9swous8etssevRL
            Tt5AR+lVMt1QMuZhMud2JNl6Idp9Ou+SP+ufO9qyR9rSQdu/TNzFZ9/Vh+Pgnd3dr9bVxtnT3ubb8+Dc/+/f69682NGd7eep2802
            8eVD2dAd8+su3NUV2dEX2tAj1MgksdM2nMkom9w4edEteOxLS9Y/R+RXOOBZKNlnKNp8HM6CHdOINOaaNN6gLsuwPs/UOtfCT93P
            b+bgjOTmmdPXpMLEvsTC2NPN6dTP8uHP6t6429Sd3tuY0sMs7eE/0ccX9u4x1s8P2dAb0MUdzb8hs8o7nL4sndM9fM0zeORQRss+
            RNtYO9tdFcdpHtCEG8+SHdOaKNydHcmZHryuOczeMs29StfOcePkjeDmmcjSpLK7wLe83sjK1cS949S/7+a75eOmz9CK
            """)

    /// `h2v2Width3`: 3 × 21, sampling 2x2, 1x1, 1x1.
    static let h2v2Width3 = Vector(
        width: 3, height: 21,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAAVAAMDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDf+3DsAwHcGj7cf7n61zPnOONxH+fpR57/AN4/5/Cuz6nDsej/AGeu5otYxk5pPsEf+c/4
            1aorgdSfcHJn/9k=
            """,
        rgb: """
            xeedyeuhzO6kweOZxuiey+2jv9a8xNvByuHHts2zt860udC2v7fcurLXs6vQxLzhvLTZsanO1ZPt0Y/pzYvlr23HsG7It3XPzUvH
            z03J1FLOzErGzkzI0E7KzSGxziKyzyOz4zfH4zfH4zfHzRe6zRe6zRe64izP4SvO4CrNzxzNzRrLyxjJ4C3e3Srb2CXWvkyrukin
            tUSgx1W0xFKxvk2p0GujzWigyWWb3nmx3Hev2XWr4I2X34yW3YqS
            """)

    /// `h2v2Width5`: 5 × 19, sampling 2x2, 1x1, 1x1.
    static let h2v2Width5 = Vector(
        width: 5, height: 19,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAATAAUDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwC7LdqzYGBjtTPtI9R+Vc5NcvvwCDj+9xUf2iT0T869eODgla5xzwMeZ6mjdIqsuABkVDge
            lWLv76/SoK503YVaclUdmf/Z
            """,
        rgb: """
            a9GQa9maZeGlWOOsRd2se9+jduKmauSrV+CsQ9mrg+Sve+OuaN6sUteoPtGnftStc9GsYc2pTMimO8Soc7qqa7mpXbmqTrqtQbqx
            dKSya6OwXqOyUqi3Sq3AgJHFcoy/YYm8VYq+TZLJj4DbfXfRZ27IV2zFT3TNhlfbhFvdd17eZFrXTlPRjkPmiUfnfUrna0jiWUTd
            gSbdfSreci7dZTHcWDPbiCPhfyPecCLaXB/STR7OmDXwiS/ncSbZWB7LQhe/hyjceiPUYx7JUxzCRiDBdBzGZhe+UxW0SBmzQyW5
            gjPEcSq4ViCpQR6gNCGehT6og0Ssc0arW0OjSUahk1OnkFutfVyrYVWfS1WcmmWzl223g221Y2SnR1+f
            """)

    /// `h2v1Width4`: 4 × 9, sampling 2x1, 1x1, 1x1.
    static let h2v1Width4 = Vector(
        width: 4, height: 9,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAAJAAQDASEAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwCZb1Pmwy8HBp32xf7y/rXfHDOx8zKnq/6/Uw5Pvf59abXrLY9hH//Z
            """,
        rgb: """
            N9KZNM+WINOZItWbK92hKdufF+KjGeSlTcOjTMKiPMmnPsupHsmnGsWjCs6qDtKuUqi5SZ+wN6W2QK6/LbfRHKbACKrBF7nQR5LW
            Lnm9FXi7Ko3QIoTPBGaxAGOsAnvEOGXmKVbXNmDmJlDW
            """)

    /// `mixed`: 35 × 27, sampling 2x2, 1x2, 1x1.
    static let mixed = Vector(
        width: 35, height: 27,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAAbACMDASIAAhIBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwC7b3yHaTwM5OO34VojUEBG4gA459a4SC4fjvjpkVoJPIUXGQw4AJ4Fb1aPs4nZj5JaGmX4
            FNHRXOpqd6g+v0rLmv497en8+KypppTnBbpkbqzWkkV8kHvzivm6kZSdkd+HpqcjPH4GCZ0f21ezoPbd/wDWo+2j/non/fY/wrCj
            mlSMLk8exp3ny/3j+Rrg+reTPqlh1/VjkWFhY24dL+Y8Z+nQVdTS9qjIzkZ4H5VYjOF3j7wJwfwrTtkUyYKggA9RnvXzGOxjlKx5
            lbWdzXAYmpGN2YU+mLzkHOOuMc1SfSei7dpOc55/H2rpp/8AUo3diAfpVWRQCCBXu5fLZjwSXKcuY4qopbmONJbHRfxIFH9kt6L/
            AN9CtZ2YN949B3pN7f3jXsfWILTm/r7zksjijiatlqf/2Q==
            """,
        rgb: """
            IN9/INx+NuaTVvivYfG2Xtmtbta1juHNr+3gu+rittXQu9DL2OPb3ePZ1dXJ19zG1erBv9+tweqywfe5rvSunPWlhO6SWtlwUeRv
            ROhlHdBBIuBIJO1JFuU7Ge4+BtIhG9QhJdMiLNcnQ/2qM+iZMtyVQ9+iTtinVsyqdNO9meXZquPdwenoxN7dyNbW2uHa2trS1dHG
            397K4fDHxd2ru9yjtOKioOCWleeThuyJY91uVOBjTOpfKdY/KeNCI+c7E94sHe01E9weK+EcMd0VMdwUOeauMtqmO9irUt+8X9vD
            Ysy+c8jDjc7SotHXwd/pytvizdLW2dXW1svJ1ce+5tvJ5eW/yNKgvM+YtNSVndCDlNmAh993ZNFaW9tTVulTNdc2Mt81Jt0pFdMZ
            JOkqId0kKtIlLsklK8MgILymKcCtQc3AWdfTZdHUacPOfcHUl8ngoMDZvcvlw8TYxrvL1MHH1by/2by47NDE3surxr2Sw8OPv82P
            qcl9ms1xg8tfXLg8ZdRKXt5JN8glM9ElKtEhHMkVK98kJc4rPs1XQsNmQb5iJKy6LrHDPbbLRLDMSqLGXKTMiLvotdT/qLXivLfg
            uajKvaG6066/3LG64rG08sO74riiyqeHxKyAv7Z/qbNsnLhjiLhSYqczbcZEXsk9M6sYMbYdMMAjJbscL8kpILEkGJEqIIs5Jo08
            GY3ALZvQQ6bfTKLfTpPUXI7TfZrgn6nurqXmv6jgu5XEvY6y1Z613qCv4Z6n8q6v7aufz5J/vYprsI1jnIxRl5tRj6dRcp48ba0/
            W6w2L40VMJogM6csJqIoLKwzGZMcQKg1Sqg2Uqw7Em+/Jn/RQ5HkV5fvY5LsaofjdHvWfHLJponZwJXcxozGx4Kv04ao0n6W0nqI
            5ouS64+QzXZvu25cr29Tm3BGmIFLk5BLd4g6ZoozW5A2NHkgNIQtMYk1IYAvKYtAGXctOog8P4Y6RIY8K3XYLXLXNG/VQ2/YW3bh
            dHzngnfgimzQnWzIw4LU1ITJ0Xiw0nCZxl18xVht22t74m53ylxfw11YvWdWqmdKonNJk3pCcWstYm8qXn05QG0qPnY3MnM7H2Uz
            KXVGIGVGLWBbMFhgLlRdFUrWKFfjO2DtQVjkQUfTSz/HZkXIgk7KgjystF7B2XXL12evylCLy01921l/52J95mBn4WBb2F9WyWBN
            s1xBmlg1iFwvf2U0X1ojQUsWNU0dKE0hFUMeHE8wKmJFKVxNIUNMN1JlTWZ8FzzTJUfeOk/mR07kUEbaX0TTe0vTlVLTjzqxrUax
            v0mnvDuLvTJ1yjly3kh450910TpLyzo/wzs7ukE4rEU0m0ovjU4tgFYwYEojREAaPUclNEsvIUEqJEo7L1lPKU1dFCdiKjCEP0Oa
            ESjMGi3RKzPUOzXVTTXRYjfPeTrJjjzEoDy2sTuruTaWvS2CyC532DV23jdv2zRgzipFxic5uSYwrikupTItmDouhjoqcTomVDEd
            OyoaODYpMTw2HzM0HzpDJ0RUHTlRGytMLDVcPURuGSTUHCPTJiLONSTMSCXHWya/bCKzex2lnC2msi+fxjaX1zqR4TmE4DF01CBf
            yBNG5TZX2DJIxSg5siQwpiswmTEyfisnXiEcUiYlOB8iNCgyLS5AGSRAGStPITZhGCpoDxN0HBmKKySWJSfeJSTYLSDQOyHMTiTE
            YCS6bx6pfBiWiA+CpBmAwyqE2zaF4TB42CBgzhBMyAw+4i9N2C9ExyY4sR8spCUumi81fyksXRwiWyw2PSAyNSVALCdPFhxMFyZf
            IjR2Gyp/GxySJB6kLyWsHRnQIBjNKRjGOhvBTR64YSCudB2fghqNiwxzoRJsvR5u0idt2CFh1xdS4BtQ6ShUyRMsyR0tvRsoqBUf
            oSAlnzI3ijM5aygxWio6PR01MR9FJh9SDxNSERplGSh5EiB5KC6OLS+TMzGWFA/EHBHDKBW/Ohi3SxmsXxygdRyShxyEpCN9rx5r
            wSBj1CVg3SNV3x5N7yhT/jtdxg8hzCEpxCMprRseoiIjoTU1kTs+dTI7Wys7QSA9NyZQLCdfFRhfExtuFiR9CxWIGxq0HRXDIBPD
            GhrKJR/LMyTJPyW+TSOtXiKedCWQiieEqjSCryhqvyZe0y1d3CtV3CJJ4iNF6y9I1ycx4Dw91z07uC0qpColnTo1jD46cDU5ZDtJ
            TDROSD1nP0B5KTB4Ii6EITKOEyGKMj2zMzi2NjW3IjS0LDq3O0C2SUOxVkCiZD6Tdj+DiD11kjZdsUVdszVBvjQ04U1D30Ix0jAb
            50cn61Mi1kYSwTwRtj4cp0EqkkEwg0c8e1RNYk1IPjk/P0RXSVd+MkSCHzOJIzadJDirLUK5MUC9Oj7DOFrFMVG4L0akOESaS0mS
            Y0+MeFN/iFFwm1NhsVhavFFHyVI+3l0+4Vcz3E0j5FYm7Wcq4GQm0Fwpu1guqVY4k1U+elQ/ZVJDWlpON0VFLUVRMlNyOVyURmq4
            PF6/Fj2cOmmxPmqrR2WtO3S5MGWnK1iROFiJUmWGbm+EgG91i2lgnGVRpF09vmU70Go51GMp4mcr7Gwr4WUf02MX1XEmznIxt2s3
            qW5En3hXhHVYYmZPUGdTU3luVoeLPneLJF+JLGmoMG29EVGpIGO8JGPALmPDJnqSJ3iLMHiERYGCYIx/dpB3golgin5Kl3g3m2kg
            wH0s1oYvzHEY434i+o4z4Xody3US1IstzY4+s4I/podQp5xvj5pyZYRkT4BjV5iEY7CmSZ6lGnGMEGuYHni3FXOxIIivJYmpMIiu
            IJWCKZmBN59+SaJ2WaJqaaFafKBJjJw6oZ0yqpMjz6Yw3qYvz40T5poi/aoy35Ic4Kgv47hH1bNRsp1Knp5YnK93hq58XZpwUKB5
            Lo1vK5eANqujKqOsIp64JaDKHJfbIp7/JJj/K5P/MsOMNsGGObx2P7RjSa1NXK5AebU7k7s2p7otv78t18Yy17ckzaMR3Kka564j
            0p4W2bcv08BAwrhFpKhHk6pYjrl0ermAXbF/S7KDJp92Ka+OOMWyJbiyFay3JLrSL8joF7bUGbbXJbXXMd2LMNaAMs5tOshcTclP
            ZcxFftE7lNAyncQdx90z1NcuyL8Yz7sa2Lsf1rUa0rQezsApwb4xsbo7o7lMlLxjhcF3c8WDYMePUMuVRs+hS+O6Pd6/EbepBrCv
            IMrXK9rtJ9ruLN3xOt/zH9t8H9VxKNRmP91kYOpheO5ZheVDjNgtk8oVzfM80+gzxM0c2tgr4tky2cwo4tg56OVI0tpHw9RQt9hn
            o9V2hMt9bMeCXM6Sae+0UeizQOO2JdOwF8q1KuLaMejsEc7HJu6/KPCvMO2pJfByJ+xpJN9QPulPO9MpSMwWjPo5ovoyn+QZn9IJ
            xeknvdUbsb8QydArxsotx8Y22tdU5upyzdtqqchhqNt+oOmYgN2XYdSZUNioRNy1N925Kty8H9q9HN3AIOLHJOnLMvzWQv/iP/jW
            HexqIetlJeJQRPNWRt81TtQfhfQzj+skl+AVmNEIw+4sweQowdon5PdO6vpZ8ftn1NVW4eRzzttxs9Fxrd+ImOCWd9aWZ9mlVt2y
            SOK+O+LELuDGIt7FHuDIIeXNJevSH+jIMfTULeTIG+dhH+VaJ+JNUPtdV+1DWdonf+wuetQQpO0koNoTxPIwv+YrvN0q3/1Q5v9c
            7v9s0NBW3dpz1Nt7xt6IteSWjdKRb8mTb+C0XePAUefMQujSNebUKOLUIuLTIubYJuvaHuLMMe7YLd7M
            """)

    /// `chromaLarger`: 30 × 26, sampling 1x1, 2x2, 1x1.
    static let chromaLarger = Vector(
        width: 30, height: 26,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAAaAB4DAREAAiIBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwCwmvSiD7p6dRWv1Tl2REoOJ69eUY6HkVaivod9HAxdMxp9clacgKc5rmqOVrHG4Sep6Can
            t1OmOHvsjxauCiqmp00enweSRt6CuHE41tnmPEtysc9Ru9yKa95ep6FDEz9mUv7LtjPnb1r2sPJyZ7EGlq9TxcL0PWaXL936ngVs
            TU9ra5//2Q==
            """,
        rgb: """
            fPRuhPR2kfWDn/OTsvClv+yxy+a70+TA2+HV3ePZ3ujf2erg0+3kye3jwOrgrubZmOLHgtzDc9bCXtK7StGpOdaTLNx6IeBsG+Fm
            GOJcGOJOG+FCJOE/J98/fuiMg+mTkuqeouqrs+e3wOPCzN/J1d3O29zU3t7W3uHa2eXb0ObaxuTYveHVrN/Olt27gtm3ctK2X86t
            Ss6cOdGGLNlwI91iHN5bGd5RGN1FHd06Jdw2J9o4f9exhNi2lNu9pNvGttrOxNfT0NTX2NHZ3dHR3tLS3dXT19bRzNbNwtTIuNDC
            qM+8kdKnf9Gjb8qfXceWSciFOMtyLNBdI9RQHNZHGtRCG9M3HtEvJs8sKc4qfsLDhcXHlcjMp8rQuMrUx8nV0sbU28TW4MTT4sPS
            38XQ2MXJzMTCwMG5tb2wpb6pkMSUfsSQb7+KXb1+SL1vOb9cLcVMI8dAIMo2HsgyHcQsIcInKL8kKr4ifqzGha/IlLLKprbNurjO
            ybfN17XN37PM5LDW5LDU4rHP2rDGzrC8wa2vtqmjpambj7KKfLSFbbB7XK5uSa5eOrBPL7VCJ7g5IrksH7YpILEmJK4lK6sjL6ki
            fJPHhJXJk5rOpZ7RuKDQyqDQ15/Q4Z3Q5prb6JrY5JvS3ZzG0Zq5xJipuZScqJaUkJ2JfJ9/bJxyXJtkSpxUO59HMKM+KaQ5JKYo
            IaMpI5wpJ5crLpMrMJEmeXnRgXvTkn/Zo4LbtoPfxoPg1YHf4IDh5YDc6ILY54XS4IbG1oe3zIWnwIKZrYOPkYiJfIl/a4duW4Vd
            SodOPIlDMYw9KI44JZAmIowoJYUsKH8xL3sxMnkteGDYgGPaj2bgoGjltGnow2jp0Wbq3GPs42fV52rS5m3M42/A2XGwznGgxG6T
            r2+HkXKEenR4anJnWXBUSHFFOnM8MHY3J3gzJHofInckI3AqJmovL2UxMWQrdk/OfU/VjFHfnVLjr1LfwFLVzFDI1lDB3lK14VSy
            4lmp3lud116UzV2Pw1mJrlmDj1qEeGBeZ2I8V1w8RlZTN1dWLF47JWUZIGQZHmIZH1wZJFccK1MhLVAmdj/QfEDUjEHcm0HerUDX
            vD7NyDy/0Tu42Tyt3T2n3UKd2UeQ00mFy0h8wEZ3rEdxjUd5dkxWZ0w3VUg1QkNFNENGKEstIFEQG00nGUslG0cmH0MnJ0ArKj8w
            dzLbfTTdjDTemjXbqzPTuTDGxC26zCqx1Cmp2Cuh2C+U1TSEzjZzxDZovDVgqTVajTZtdjpTZTk6UzUzPzI5LzM2IzkiGz8PFjg5
            FTc4FjU3GzI4IjA5JjA6dyjlfirkiyzgmi3YrCvNuSm/wyS0zSCt0x+k1yCc2CWL1Cl4yitlwitYuSlNqCxIjixbeS5MaCs7VCkz
            QCctLikmIi0dGTIVFSw+Eiw9FCs9GSo+ISk+JCk/diLpfiXjjCfbmyvPrSvDuyi2yCSr0SCm1x+b2h+S2ySB1iZuzihaxSZMuiRB
            qiY7kytCfipBbSU9WCIyQiIjMiMcIyYfGSgjFCc4Eik5Eyg5GCk9IipBJCpEdR/kfCLcjCfPnSu/sC2xwCymzCed1ySa3SSM4CSD
            4Cdz2yph0ilQyChEvSQ5riU1mS4khSwwciM4XSAvSCEaNSIUJyMkGyI0FSY4Eyg7FihAGShFIipPJytYcxzaeiDPjCfBni2wszCg
            xDKV0y+Q3y2P5C196C536DFq5DFb2TFLzy1CxSg5tSk2oTYKjTIgeSczZCMrTSMTOSQPKiMqHyFHGSZIFihMFyhUHilhJitvKit7
            cCLWeCfMii+7nTapszyaxT2P0zqK3ziK5jp26Tpx6Txn5D1Z2jtN0DhFxjI+tjM7oUQAjT0aejI1Zi4vTy8WPS8ULSw0IilXHCxd
            Gy9kHjBwJDF/LTKQMTKebzTKdznAh0Gzm0igsE2QwU+D0Ex72kt34E1g5E1c5E9V31BM109DzE06w0kys0otmk0zhk4tdkonZEYk
            UEInPUAtLz43JEE9Ijp6IkB0JkZtLUpoNU1pOU5tbkbBdkq5iFOtmlmbr12LwF9+z1122Vtz311d4lxZ419S3WFJ1WA/y104wloz
            sFwwlmA0gWEucl4rYVspTlYtPFM2LVJAJVNIIlNkI1dlKFxqMF51N12BPFuSclqwel6oi2aanWyKsHF6wXJu0G9o3G1k4m9U5G9O
            5XJF4HM72HIyzW8vxGwtsW4qk3QxfXctbnQqXHArSmwwOWg8KmdGImhQHmxWHm9cJXJsLHGANW6bOWu0dHKafHaSjX2HnoR3sodn
            wodd0YRW3YJV44NJ5oRD5oc34okr2oglz4UkxoAosYIokYoveY8rbIwrWoguRoQ3NYBFKH9UHn9cGoJrGoVzIIeDKYaXMYSsNoLA
            d42KfpCCjZd1n5xls59axJ9P0Z1K3JlI5JpD55s76J8u4qEh2qAb0ZsdyJYlsZoqkKQxd6oxaqcyWKM6RZ9HMptWJJpmGZtvFpiY
            F5ufHZ2mJZ6vL5+3M5+7d6V+fql0ja5pnrJbsbRNwbRE0LBB2q8/4q5B5rA26LUo47ca2bUW0LEbx6oosa0vjrg4dr85aL08V7pG
            RLZXM7NpIrF7GbKGFK2zFa+3G7K9JLS/Lba+Mri5dbp3fLxuisFjmsRUrcVJvsVBzMI+18A83r9C48I35cgm4coY2MkWz8Mfxbos
            r700j8k/d9BCac1HWcpURMdnM8V8I8SQGcSaFMWrFcayHMe+JcjFL8nJNcrGdMl2estuh89jl9JUqdJIudBByM0708w93MxF4M85
            4tQp3dga1dYYzNAjwccxrcg7j9RGetlJbNhRW9dfSNRzNtKJJtCfG9GpFteYF9ijHte1J9bHMtXUOtXZcthbeNpPhd9BlOExpeAs
            tNsywtU7z9JF2Ncx3N8S3+Ec29pB0tk0x90MvNMjqshmkdw7ft1PcdloYNlyS9xzOd1+KtuVH9urGt+aGtu8IdnPK+iON9T/PeSs
            b91WduBMg+Q9kuYwouQrseAuwNk3zNY/1dsz2+IW3eUe2d5D0N02xOAPu9YlqMtnk949gN9RdNxrYt11Tt92O+CBLOCZIN6uG+Gj
            G93DI9zXLOqUOtb/QOa0
            """)

    /// `h3v1`: 40 × 17, sampling 3x1, 1x1, 1x1.
    static let h3v1 = Vector(
        width: 40, height: 17,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAARACgDATEAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDeS9Qg85B5APOP8mqt5foAcHjOODwKzX1EEnB6fjVSp8lOxx4/DtpFi21JWXr0745q+t6m
            OvQdADS/2gno1eGsM5SbO6jh2qKOd899n8Rbrz3qheXMoOFOSehBrM8x95yCe+SK+lxDXNynfjoxsi/bSOWxyM9Bnn3rRV5QhABy
            fxHSm77j+8fyqsNQhZ8x10qcXSRPP9wfj/Ss256v9D/I1TT7rf7v9DXHW+M5Mw+GJctv9a3/AF0Nah6j6n+Zp9ehS+E6MN/BR//Z
            """,
        rgb: """
            0euUvNZ/4vyl2umy0uGq0+KrqbmsxNTHucm8pt3iruXqrOPoee7lb+TbZdrRO+a5P+q9Pum8KvWcJfCXHumQGup6Gup6G+t7SPFQ
            S/RTTPVUb+Y0buUzdew6r+ciuvItpNwXzuAa2esl1+kj1eUs2Ogv2ekwyek8wdeMr8V6vdOIydSp1uG23+q/zNnQ1+Tb0N3UrN7n
            n9HalcfQZtfRY9TOW8zGMduuLtirLtirH+WQHuSPHuSPHul9IOt/I+6CO99AR+tMVvpbhPZGhPZGgfNDreAfreAfreAf0OAe1OQi
            zd0byNUjzNknz9wqwN030N2ow9CbqreCw8ar19q/19q/2d7ky9DW4OXrsdztncjZlcDRbdXUatLRYMjHNNOqONeuNdSrIt2MHdiH
            GdSDFdVuFNRtE9NsL8ktPdc7TuhMgOg9guo/fuY7pc4YossVv+gy3+Qy3uMx1doo0tQz2ds63uA/zuJN2dfA29nCrqyVy7+/2MzM
            yLy82dHpu7PL08vjrsnmpsHeqMPgftfdcsvRZL3DO8imQc6sO8imJs2FIMd/G8J6FcNkEL5fDbtcPcIxQcY1Rss6b8Mndcktes4y
            rMIhr8Ukr8Ukz8An0cIpzb4lzL451cdC2ctGyMxTwam21r7LuaGu1rXS3LvYzazJ5Mf1yq3by67cqrHdqK/bqrHdebvLZqi4XZ+v
            QbedNqySMaeNH69xH69xI7N1JbllI7djILRgTrg6Tbc5TLY4c6wnfLUwhr86urYxv7s2ubUw2rE737ZA3rU/4LhY5r5e5LxczLdk
            t4i0zp/LzJ3J2qDa2J7Y05nT3qfr05zg36jsuKbirpzYqZfTc5q3X4ajX4ajTqmaP5qLOJOEJZdkJZdkKpxpKqJaJp5WIZlRQ5Aq
            RpMtTps1fJcuh6I5jag/uJUxtpMvzapG7KVV76hY7qdX7ahx8Kt06aRty5xwwHrAxoDG2pTa0YLTzH3O2Yrby4DVz4TZ4ZbrtY3U
            qoLJrITLfY+1aHqgYXOZTpGKSYyFQIN8KYRZJ4JXK4ZbK4lLJIJEHHo8O2wbP3AfSXopenkpiIc3jIs7s3QtrW4nvn8413dH1nZG
            03ND03Rg2ntn1HVhuG9ou2m9s2G11oTYw2XDx2nH6YvpzHLS24HhyG7OnGe3mWS0q3bGiY64cXagW2CKOnBwOW9vMWdnIW1JJXFN
            L3tXNYRNMoFKLHtER2ckRmYjSmond2gnhXY1jn8+um03uGs1zH9J43FX4G5U3WtR33Fy7H5/7H5/0nyJ6mfr2FXZ0E3R3lLV4VXY
            2U3Q0UvE1E7H2FLLuly6slSyqUupfVqSe1iQfVqSYXGARlZlM0NSG0E0HEI1G0E0Ez4jFUAlH0ovWFozRkghWVs0hls7dksrhls7
            v19TsFBEtlZK0lRqxkhe3V914Gec01qP1l2SrUmFyzzKxjfFyjvJ20LQ3EPR1DvJ0UC/2UjHzz69skisrEKmpTufeEuGcUR/aTx3
            RUpeOT5SLTJGHDcyJD86KEM+JkIzKEQ1L0s8Sj8jRToeUkcrfUQxe0Ivgkk2rDpCojA4tUNLzT5suyxa0EFv10yd1Ema41ipxE2r
            vxq8xyLE1TDS5DnT3zTO1SrE0jC33DrBzSuysDWdqzCYqS6Wf0GAdTd2ZSdmOyxJMCE+KRo3HSQuJi03LTQ+LDY4LDY4Lzk7Vjgu
            Wz0zVDYsdSktiT1BjEBEqyNHsChMwjpe2zSGySJ02TKE2jSy0Cqo3Da0uyW6zxrL2CPU5C/g8DXa6zDV4CXK1SSw1COvzx6qsCiM
            qSGFph6CfzRvditmZxxXOyA/Oh8+NBk4JR0yJx80KyM4LCU3LCU3LCU3aDZCcT9LVyUxbg4qkDBMlzdTthpbzDBxwiZn5Saa3B2R
            8DGl7SzT2Be+1xa9sADB1RvW2B7Z3SPe6CnR6ivT5CXN0hykxQ+X0hykryR9ohdwmQ5nbh5RZxdKXQ1ANxYxSCdCQiE8LB43JRcw
            JxkyLh88MSI/MCE+Vho8ZChKURU3bQM0kCZXlStctAxjyyN6tQ1k3A+a1wqV7yKt7yHe3xHO5BbTxALcxxDMyhPPyhPP0hi72R/C
            3SPGzR+YvA6H2iyluTV+qSVumBRdZhw9XRM0WhAxOh8uOh8uNxwrIBcqFg0gGhEkJRw5LCNAKiE+Qgg6UhhKVx1PfxVVkSdnkylp
            tg5uvxd3xh5+5Bmp0geX3hOj3Q/M0wXC5RfU0A7hvhLIxhrQyBzSyBm0yxy30yS/ziuWxCGMzyyXtD5yqzVpmyVZZSk1XCAsXyMv
            Rjg4LiAgLyEhHB8oEhUeFhkiIiQ7JSc+HiA3TBpVThxXYC5piShtgSBliShtwiKEwiKE1DSW8i243Rij4x6p3hXF0wq65x7O0xjX
            xCHS0i/g1TLjzye8yCC1zye80jiY0DaWrxV1ni9ZnzBakyROXSssViQlXiwtSkY7NzMoPDgtLDc5Iy4wJTAyLjZJLDRHICg7XzNy
            TiJhXTFwfSFqYgZPdhpjyS+PzDKSxSuL6y2x4iSo8zW58jLV5ibJ9zfa4y7d2EW42Ua51UK1/VC50yaP4jWe3yp32iVy4Sx5tjNT
            sC1NoyBAekpAYzMpgVFHKDcYJzYXNEMkJ0UpGjgcOFY6LkAwSFpKITMjV111LDJKLjRMcj94dEF6bjt0rS6XvD2m1Va/0CGu+EnW
            4DG+6DPO3SjD5zLN4DnR
            """)

    /// `h2v2Width1`: 1 × 11, sampling 2x2, 1x1, 1x1.
    static let h2v2Width1 = Vector(
        width: 1, height: 11,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAALAAEDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDf+1WX+TR9qsv8muR+0Tf89DR9om/56Gu3+zIdz2fqMe5//9k=
            """,
        rgb: """
            xL11zMV95tmk8uWw9MfE3rGu53rNzF+y80Pu2irV1wHd
            """)

    /// `separateScansRestart3`: 41 × 33, sampling 2x2, 1x1, 1x1; interleave=False, restart=3.
    static let separateScansRestart3 = Vector(
        width: 41, height: 33,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAAhACkDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/90ABAAD/9oACAEBAAA/ANCW/Qf7Wffp/n+tVRqEeSScfQcHirkeooo6gE9B7Cv/0Nl9RT5gGwRx6YrNnvlYjLZy
            Oeaj+2Qf3kr/0ci8nk3MASCe9UfPkMgAUbs8881ctp5WKnkcdu3+ea//0qLSOBx1HPJqlcNJkenXHrVfPs/5V//TS803klATkYwP
            rVMaWN3Kkg+nI+laVrpWCoVArY5z1z/k1//U0f7KTGGGSfUnmqU+mDBA4yOw6dfWqn9l/wDTFvzr/9W5c3aMACRnOcZ61BDcAyAg
            gjr1H+FatndRqo6DBr//1umlukRdxIyBxg5/z0rKu75CcEAKBzVP7dB/d/UV/9evN0j/AN7/AAqvF/rv+ACtWL/WN9T/ACr/0L5+
            4/8Aun+VYuof6v8A4F/hWbX/2gAIAQIRAD8A9KVKFKFkz56rhnVmezh8rgoan//Q4Pb1q2iOqhCcNWdjxs46I//Rxwm56dT4Tke5
            /9oACAEDEQA/AOOtgIuqe9QwMVSPn8Tg48+h/9Dy69Wqqh7NKvW9meDiKlZzZ//R5MR8aPXw3wHl4j4z/9k=
            """,
        rgb: """
            lu2ehuSYi/W1Yd2nY/PPN9vDOO7iJOblEdzjE+LsAcvVFt3kK+brKt7dOufjMdC+Qcyld/C6eeOledGHp+mRvu2FwNtm1+Rg0tdF
            4+dK6O1I2+g50Oc11PM91ftEw/9Anv8vh/8tdPUnXOomT+syRO9BMOZEFtc+D9lJjd2UhNuXcNOaaN6uVd++TOnWNOPcJuLkKe72
            KvP9ENbfGdrhIdfbIc/OPuXeQdrIVtqzfO66et6gf9GJq+eRveWCwdVi2OFg6OdZ7+xT5+hF2eA40eI0z+c3w+Ivptwii+Yde+wg
            auQhVNohRdkrPN47K9lCFtFEIeNekdWajtmhZ76ReeO/VtS8Z/nsPeDfNePqJd3pLOj0FtDcHdLZH8jLGr26O9bOQ9C9aOC8eN6s
            ds6UiM6Ird6Mt9V1vsda19NY6dtU59dE3tE319Ex2dw31+Q8xdgvpMwehc8YfNwjcdwsXNErSM0zP9JDNNVTJ9NbKuFvmsqklc2q
            eb+jfNPCYMvDYODhQ9PeONjoD7jLHsndFb/OK83YM8zSLb++Qs3IQb6sa9OwbMKTc7mDk8eHsNCEtMFnvLRP0LxJ5slL5MQ93cEy
            3MYy39E629Y8ys4zsMUqh70dhM4xftI8Zsc6T78/Q8JPPcpiNM5wKMx2mLKpkLGqkb+/bK2zYrjHPKa8OrbSLbbWG6/NI7jWF6nC
            Mb7QRMjUQ77DU8fHSrCjZ7qcZaZ8eqx7oL+Gs755uLBfwadKzqU88sBP77tB67o657w53rw20rgwxLIqsrIsiqUkibc7g7xHabFF
            TqVGQadUOq9pMbV7L72Lm522kJq1oLTVa5O3ZqPPMIKxOp7QLJ7QLafYKabSEIqxIpi2NaK3OZ2sTquzR5aTZ6OKaZNvh6J5prB+
            rKBkuJpSy5tJzY0z7KRA55004pwt4aIx3KQz0KEvyaEvv6k6k5UykKRLiKhVcJtUVZBWRpNlPZt5M5+IOa+hm4LDlobHkozSeIbP
            YobSR3/MQInWN4/ZJIXKJ4rLEXKpIHuqK32jKXSRQYObPnN7aox+cINnkZV0n5Jol3NBsHo+0YhDyXMm6Ik32XcgznAW1Hwi2You
            0o0yy441wpNDln4+kYpWiItgcIFfWntmToF4QoWLNYaXLYukkmLIlWrTd1rEgXbfV2LMX37oPHDWO3vdGWC8KnXIJW23OHy7PXar
            MGOQRG6UQ191bnt0eHZhloVrl3RUhEoip1sq0nM9x1sd/4tL42woy1kTz2Id1XIvznIxvmoqq2gzjl9BiGhZfWliaGJkV2BvTGeC
            QGuVL2udGWGcsmr0mlrkfkvWa0vUYlbeV2DjQ1/dMlzUL2HQHFK2D0KbEkCOHkGFKkSBPE2DU1l9WE9UbFRIlG1cgkk1pVg8qEcm
            2mY/5WU431Yo3E8h21Ik2lotzVYsvE8ou1QxvmZQmFRVf0xddExmcVd6YlmIQ0yHK0OLIEaZEEOerFH2mEbpfzvcbz3cYkXfUUnd
            N0LQIjq+JkbBHkKwIEKkK0adM0ORNDuBOjp6S0BrZkpYdk1Ji1JLhjwxnz8vrTolyUUs0UAl1jsf1Tcc1zwm2EUxzUU1vkAyvkU8
            vVRZmUZkhUNxfEN6b0WFVz+JPDSKLzeaL0WyFDerpD3wljXngi/fcTLbYTbbSTTRKie8Eh6oJDi1JTqtL0KpOUaiPD2PNy94PS5x
            UDZmZjtPeEBDeTM1ijIwkyYhtTUsvishxyYc2zMq3DEq3jY13j1C0z1GxDhFwDlKuEJiljdvhTp/eziHZzKKSSWHMR6KLyukNkHB
            Fy22pDXsly7jgyjbcSnVXyzRSCrGLSGzFhmeIy2oIy+dKDCTLC6FKSFuKBddOR9gVC5fVR85ci47bx4nki42jBMYvzM2wiMn0yks
            5DE35jA85TJF3zZN0zJRwyxPuCdQqCleki15gi+JdCyPXySORRqOMhiXLiSrLzHCJDLHpjHilirYfyLLax7CWSK8RyW3NCSpJCKd
            FRuJFBx+GBxzHRllHA1QHAQ+Lg1CSh1IRAgkbiE1cxgqlSk5iQkYuiY0xB0u3is+3yQ54SRA3iVH1yROzCJTwR9YshpXnBZfkCmE
            fSqSbiSTXB+YTB+gPyCqLiCzIh65KzPTpS7WlSbLfBy8ZBiwUxqpRCCkOCagLiqYFhp7FhxwISFrLCNiLhtSLRFBOBM+SxxARgMi
            bRo0fh83kR84kQkfrhUqxBgw2iI+3x0/4yBI3x9Q1h1W0CFizCZuwSNwqB50kCeOgCyeciihYSKkVCWxSSm7NCO/Hxm7Gx7DqDDN
            mCnDgCGzaRyoVRyfRSKaOiiUMy2NLS+CJChvJiVhLydYOCZOPiNESyZFYC5LVg8tbhg1iyZEjBcypRo3sxQyzyA/2Bw/6SVN7SdY
            5yRe2x5i1iRw1zCCzS2FsiaHkiiXiDSufjOyZymwVCS0SinCPSnJKiPIGRrCpjzCmDe6gjCuayqgVymWRSuONy+FLTN9NUOAIDBh
            ER1DExg1IBsvMiQxSjU+ZkFIXSEraRwmjTE+hBgntTRGuSY53DVP1iRE5y1W6S1f3yVkzxtkyh5wzCmCwSeHpR6FkCmejT26hkHC
            ZjG3SiWxQCq9OzLNMTPTKjTUlEasiEKlhk2sYDWOVj+PYl+kPUyFKURxGDpdJEpfJktUHz88KUE0Oks4NT8nKSIGZUAjYCcKezUb
            eiMQrUM2rC8t205W7FBl91N160Vz3Tl12TmB2kGU0kGcwDSVpiuVlzaqhTm1iU7MYTq5ZFPTQ0bJQFDZJj/NHzvLmWGsilihgVyh
            VUF+SEV6VGOOMVJxIE9hIFdeE05IDkc2FEsuIVErK1UnNlgmR1giW0oSa0cNkmAtkFAkumZEt1A92V9a3FZfzD5WzTtiyztwyz6A
            yUKPw0OavECerEClnke4hUS6g1fKX0i8a27hT2baSm7mKlbRG0jHo32wkHChhXKfWVV6R1ZzUXKFMGJpJWNeNX5tGmZIEF0zIWk3
            K20wJWIfM2giVnguX2MZg3EpqIlIn3A4uHVIvWhJ1G9dz15a2l1r42SB626Y7HOp5XK13nK93HXG1XzWwH7gnnHYjnXaXly/YXfa
            PGbIKmHGAkGoLGzWppSqk4ebjI6bZHV8UnZ0VIx/M3tjKoBdLIlaHoJGH4M9L40/N485M4YqOoUmUYopZH8ij5U9pZ5NlH41m3E1
            snVIyn5eyG9f23d35HuK6oOh6Iav4oW62YPA04TGyYfRoHXHh3HGgX/SWW69YpDdRojUQpDbInnGMozao6mbkp+OkquVbZh6V5Vu
            TqBvJ4tNHpBIEYs4HZo8Ip83H5kqKp0oPqowSK4vTKInVIoYgqY8kqhEjpM5jYAysZJSx5RlzI1u3JSF3JCQ2pCd2pSu2Ji70ZjD
            xZTDtpHHmorIi5DQjqjjYpTJY6zfRKPRSrXjN6rXHJG9oL6MjrN/kcKKcLNwVatgRq9aG5c3Fp81ILM+LcNFJrw3D6IWEZwLK68b
            OrkiPKkYRZYTc7A3hLNBmrlSmKVLwbtvyrJ21bCE5rie47Kk36+v3rO937nO2rzW0rraw7ncqbXfnLzlms7zZK/OVbnRLaS4MLXE
            H625EZ+rm8x6iMBpi9J2bsZiVsJVSclSJbg2JcY6LthELdpAKNQ0HMUgGboSH7sQKb8VOLwZWsMydsxHeb9DntRkmLxYwdN/xsWC
            3dCb1L6Z1ryl07uxzbm4xLe+wLrGvsDPuMfaiKvBebLGfMjWUbS6U83ON8e+Qd3QMNXEIMayldVlgcdVhdpjbNJTW9VOVORROttA
            QvFOGdAoEc0gHtkoNu05Oeo3LNgiNNckUOM6fvZghOhhb8VGk9lliLtWstR9vMuG4eSt1M+n3dO43tXGz8zDu8C8sr2/uMrOu9nh
            oNLbiM/TgNzZUcW6VuHMONe5OOS+HtOoMOa2pe5pjd1WgN1Rf+1aau1RQtk2KdEmJNspI+MuGd0kGNwjIeEqJt8pJtklNeAvUOtF
            Tc49Yc9MfNxhluZ3p+ODs92Ly+Gh4uy63N658/HY3+DQ4+ndt8S9zeLdwtzZyvLxl9TPkODXgufVaeXJUebAPua1J92kE9GRFNOO
            nOZVjNxHgd5He+lKX+I8ONAjKNEeK+MtMPA4JOoxI+k0LO08Mes/NelAR/JOYv1kWdhVa9hhheN1nuyJrOeTtt+Zy+Ks4ezE09O3
            5uXR1tjL3OPbucjBz+bgwt/axu/nouDVm+zbivHWbevFUum2P+mqLeWdH96OJOSPnN5Jk9xEjONHgOlHYN41Pc0gM9YlO+w6Ecwb
            CMYaBcMbCsQjEMMqGMQyLM5ERthZY9ttddl3jOCIpOibseSiutqozdu34ePL5N7Q8ejh4t3Z4+PhytPS1eXkwdrWt9zUq+HUo+7Z
            kO/RbeW4T96mQOGdNuWWLuSNKeCEmNA7ktE6jdg/gd9AZdgzR8wjOdEnOeA4NeVCL+NGK91JKtlOMNdWO9pjTeV2ZOuFZs96dcuA
            itKQodqjs9itvM+zzc6+4NXP59TW7djf5dTc4tff2dbd2t/jxtTVsczHpdDGndzHiN28ZdCkRcmPOtCJONuKNuCHPeaJkrsuirsr
            gsAte8ozacwxT8coN8ElKcIpGrwpFr0yErY5D60+E6lGIK9XLrdnQblyZr6EdLiHh76Wocirtsi4wMK90MHI4cbV2bbK3bfO4L7W
            2r7U4c/f3NHfz87WtL/BnbuzlMWyf8SnXrmORLd+O8J9Os19ONJ6MMlumLQsj7QphbYper0va8MxVsIwPbsrKbYqJ7w6KcNLKL9W
            JLRcKLBmNrh6Q72KUbqPZrCNdKmNhq2aobiutrq9wbXD0LLK37bW8L7j7rrg9cbq3rXV58ff0brOx7nIp6asm6uojrKkeLCVXKqC
            Rq12QLl2Or5yMb1nG6VPmaook6wqh6wocqojXaogTKwkPq8rMbIzHqczJbJKKbNdJatmLal1PLONSbecVLCbZqOTcZmQgZuYm6as
            r6a5uqC9yJvC1JzL/L7v+Ljq/8f13anQ5LjZwJ63uqG2mY2Xm6GhjKSXc5+IWpx4SqRxQK5vMKphH55NJ6VTiZIfipkkfpciY4oV
            RoAIN4UONpQiMqI2CoMiE5NAG5hWGpJiJJNzN56NQ6KcTZibZJWcb4uZfIugk5KxqJO8sYu+u4PAyYTF3JHU3Y7Q8KXgzoi83aDM
            voisxJazp4abopWfkJSVeI2EYYt3VJVzSZxuL5FYFX8/GIJAfIAhgYgodoEjiJs/V3gdSnsiMXUgQpZIFXkzJpNZFYRZAGhME3No
            MYSIOoKRRHyXc5W6cYKwaG6ii4G+lnjAnm+/xoTbv27K0njS233T0XPB237E1n662Ia34pW/rGyPoXaUkHeNdWp6g4iOVW5oQW1c
            GlY8HWdGEmI9
            """)

    /// `interleavedRestart1`: 40 × 24, sampling 2x1, 1x1, 1x1; restart=1.
    static let interleavedRestart1 = Vector(
        width: 40, height: 24,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAAYACgDASEAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/90ABAAB/9oADAMBAAIRAxEAPwCQ38e7qARx8x7Vbgv1VuDwMZx+Vds6PJTseLh6Evan/9DaXUYjGCD75zg/rVO7
            v0PTqOwPevIrRbqWLr4eXsz/0T7em7Pqe5xTv7Qj/vj/AL7FclPBSnG54Do66/kf/9Ln5Z5FbDDB+tSwTSF8E9RXr4yolErDU17Q
            /9PO8yQoRyV9qgmd+uGJGcZ5rCjTU56Hv4mKVM//1ObMrluc/L2IzS+a39xP++DXv06EFFXRhKmm73sf/9Ws+nfdbHU/lT4dK3AD
            HOO361z4vF8xw4fE2qn/1rqaXkAgls9c1FPparg5J/ugHHP0rmwMm3c6cXin7M//14/7LVZCMAY9/wARS/2efQ/5/GvXeK5dGeJ9
            Zb2Z/9k=
            """,
        rgb: """
            Ndp+SPCZQOyiHM6SDcidH9vCJOPUGtHPHsvPSufsPcTHZdjTjOrcjNfCru3QtuTAyeO8ydaqydOe09iY1daK09J43dxy6/B6zt5Z
            u9hIreBHpetMjeZAa9UtYdcrYOxBQe9AJuY4Gt8vHOU0HO06Ge46F/I8GvhBJ8x9NNyRL96dGc6bEM2nHtvHI+LaItrcI9HYTOvx
            P8rNXtXRf9/Tfsu3nt7Eq9q6qcSbs8OUxtGX2uGd3uGQ1dd20tRm1d5hzuBWv99NrN9CmN49e9cuYc0iV88iWNcuWN87R9EzPckq
            PMwvO9EyNc8xM9E0N9c5MdOaMdWiLNerJde3G9XAGtXOG9jaItrkIs/dReXxQMvSVcvLcNHIdMKykdC7p9W4utWsydek2OOn5euj
            4uWO0dJsxMVQvsVDz+JSx+hPs+dHk9o2edIsadMrXtUtTNYrOeAxJNkqH9UoItwxJuE8I+E/JuVHK+1PQti/M8y3LMq8LdLMH87R
            DL7KBrvOFcPcHcPbPNLqQcPTT7vFacHDdru2jMS5rtS/r8Ccv8KTysuS1tGN29V94Ndw491l6OVgw8w9xt1Ftd5Ck88xfswrd9U3
            aNM1Rs0rL9wyGNosEtcvGNw6F95DFdtIFd5QHeZcPLrJKKm8IKi+J7fSHrfXCqbMBaTMFq/ZJrjfPL7iSLfTTqm+a66+f7C3iKut
            r8C4urWfybaVzbiJzrR3zrNk1LZW2L1M2cFDua0lvL4vr8MwkrglfbYndb4xYrYtRKQeUb02RbYzPbE2O7A+NalEKp9GKZ5PMKRb
            NZLLJ4fBIInDKJnVKKLhH5/eIKHiLqzpNq3nPqbbU6bSUpC1cJm3iZ+3gImap52mvJqY06OV3KuN3KZ62Z9g1ZpKzpQxwo4gyZ8m
            xKcpsqkqm6QniaIqeKAtYJQmQ4sfOJotKpszKZs7K59MKJtWH5RfIpdtKqB+PHzUMnXOJ3PLJXnTJYPbJojhJ43hLY7fPJfgPIfK
            VYvHVHWoeIWxmJK4gW6Opn6ZjU9esmNpynpx24Vu6I9j9Jpc9ZxK6pc53JUtxowhsYgco4wkkowsfIUsaX8qUog0HIQrCIw2DZFG
            EphbD5hsCZR3DZmOGKShQ2/aOmrWJ2DJF1jAEFvBEmLFDmLCC1q2OIDSMmu4T3a5UGOefnqtpI27h2KLq3KVqFhzxmV40W5x0Ghd
            0WZE1ms31GkhxmIN24Aju2wNoGUHmXAYjnUjd20lb3AsbIBDRnM8OXRGOHRSNnNhKGpoGl1uFV5+HmeQP1jzO1XwM1LrLFDmI1Dh
            I1HbJFPXK1PPOlrLRle/UFGtXEqcc02YjFWZlFKPnEVvtUdIyEk41VM95FpA6Fw74lIt1UMcxjgQ2lYvyVEuwFw6p1M3ejckajYo
            b0k+YE9FRFhMP2RdP2huMV5zG01wDEJwCUZ1D02AOkjpN0bnLkXjKELdIELZHULRHkLKI0LBNEu/QUm0S0SjVz6Sb0GMh0iOkkiH
            mztptz9Lxz06z0I52kY63UYz2kAozTMXwCsNui8SrCwTqDskm0AuezMndTw1fFBNbVJZPTpNOEJlOUd2LkSAHz+KGkKXHVGnJl23
            PD3lOTzjMzzhLTvcJjvWIznNITjEJTa6LDWuPDWlRzGTUyuDay58hDd/kjl5ni9iujFPxSw+ySw30S001jAw1y4p0SkgySUbxCwf
            riQaqTAonTc1gC4yeDU+dT9MXzZUSS1oQC6ANyyMKSWUGSGdEyWrEzW7GUDJOSvYNyvXMy3VLi3RKC7MJC7EJC26JyuwKiWdOiaV
            RyODUx1zaR9qhCtvlC9roihbvCZMxh89yBw2zh4z1yIz3CYy3Sgx1ygv3Dc+wCo1tTE+pzZIii5Hey9Nby9RTh5QTi9/QSyTNiSa
            KRuiHBaqFha2EhvCEx/JLxjCLRfBKBm+JBq7Hxy1HByuHh2lIh2bLiCSPyOJTSF6VxlmbBpahyVemy1eqyhUwyVIyxw7yxc0zxcx
            1xow3Bwx2h8w1SAz0SY5tRkxqyFCoitTiilWgC1hci5nTB1hNiN1KSOHKCGVKiCnLCK5LyLJMCLPLyDRPCDCOB6/Lxy2JxivIRmq
            HxujIh2bJx+PMyOGRSd9UyVuXBxZbxtMiiVNnzBRsi1KyylA0iE10hsv1Bkq2Bkp2Bco0BQjyBEnyBw2rQ8yoRhEmCFXfR1dcyFr
            ZyRxQxZrJx12GhyDGRiPIRmiLB67MR7HMRnJLRHFVDrRTDTKPSu7MCOvJiCkIiCbJiOUKyWJNih9SS51WCtkXyBNcR0+iig/oTJD
            tDI8xygt0iQm1iQk3CUn4Scq4CMq1hwnzBcq0CdEtxxEqiRXnChpex1rbR53ZCKDRRh/OiiYJiCcHhOdHhCrJhS+KRTJJA/GHgbA
            XUbUUj3KPjC3LSOmHx2YGxuNHB6FJB97OS15TDJxWS9fXyNFbyA2iSk1nzQ6tTU0wCMcziIY2Sge5jEo7jcx7jY05zA12ik50i5J
            uyRNsy9opzV7hip/ezCPeDmiYTGnTzG1OiS3KhS1KhLAMRvWOCLmMyLkLR3gQUXAOkO4NUayLUemHUKSEz9+HEt3MFx5JEVUJzk9
            S0tDYUo8Xi0cfDgjm0YxkioR311D4FA120ct3UUu5Uo250s+4EVB0z5EuzRDtDxYtFJ7sWCYkVaYa0GNZUiabWHFLTKwJjXEM0HV
            GCa9MD3bP0vtGybNSFP7SFa/PFCzMk2oLFGfJFSSHVOBIFl3LGFxJ1VVNlRKUltIYlQ6Z0IlfEQjj0YlkTUQwlEnyUofzEgh00om
            3FEy4lY94lZH2lVQ2GFnwlhspFFviEdyZjtxUzl6V0qQW2G3L1C7HUnCLFjVF0LEIEzTMFvmF0HRNF7wTW22PWKoMV6ZMGaVK22P
            JG1+IG5wKHJlIWNIQnRRUXBEXGQzdGQwgl8ph1Qbl1IXslsYv1wZyGEfz2Ip02Qv2Gc93WxK3HJcxGdfuWpvoGd2iGF8dmaLb3Ce
            ZXKmTnGxP37OHWrGLXzZInDSGGfMKXjhIXPfJnjmR3+gPXqXN3uQNIKMKoWAH4BtHIRhJ4pcEW8zP45MSoQ4UncpfIk3iIEwhHAa
            oHsjuYIlyogq1Y401ok30IA3zXw90oBQ1Ihkt3litYV7o4mIkIiTiZiriqnFdKHATIu2RpvUIH/DLY7SLo/WF3zCJozWMprjIYvV
            OouCPJKFP56IOaKDJJlsE5BWFphQKKhVEIkqPadCRp0yTpAid6MyhZ0tg40coJknwacw1K043rJF3KpH0pxCy5NIzZVYz5xv1rKQ
            yLGfpaWbgZWWc5ujc627Yqu8Q5m0Q6bQJY/BJZHAL5vKHIu5J5bEPK/bJJfDNZ1qPapzRLp9P753I7FdDqRDEq5BJ8JKHrAxOsA5
            SbswUq8ia7QlfbIkhawfmasht7Usy7o418JF2b5N1LJR0Kta0K1t0rOEzryYxsGtr8G1lLu4fLe7aba+Uq65OqO4RL3cN7fcI6PG
            L7DPLK7GLK/DRcnYMbXCObRjPb1oQ8xwQNJtKcpYFb5BFMM6JNFBKNA1M80vStMuWcwnYL8bfMcklNEunMEksLwoxb810cZG2chW
            28Vg2sFv3MOD2sWYt7GRtbyqs9HJrNzcjtXZacLKVLvERsHRPdXsP+X/FbrNH8PPLtPXI8bDN9nOLs/AQcViQMhiQNRmP91mMNtZ
            H9FFGNE4H9c3K9w0Ks4iSN0sXdwrWsUVgNcopu9ApdYvs8YuxcY60cxK3NFd4tBu5M+A48+S3s+kzcmsusW1qsrFlszOcbzCUKy3
            Ur7IXuPyKtnqNPj/AL3HAcPFHd/WCsm5GNW5FtGy
            """)

    /// `rgbIds`: 28 × 20, sampling 1x1, 1x1, 1x1; ids=(82, 71, 66), jfif=False, rgb_space=True.
    static let rgbIds = Vector(
        width: 28, height: 20,
        jpeg: """
            /9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBD
            ARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAUABwD
            UhEARxEBQhEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEG
            E1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4
            eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6
            /8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEI
            FEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaH
            iImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADANSAEcR
            QhEAPwDntNXMg+Q4II45+p/nxXsLNKb0vp6n0FLDuKuv6/r+ux32kHEIXIHHCgdDjp29abx8LcoV60Ypok1Zt4YFHyV4A6Dn/P50
            v7QitbnzONx1pN3OGvZ1S5YMHHtTeYU562ueBVxE1Lv/AF5FTTMrOB93jkKTjn/69fn3tZxX9f8ADn6LWrqN7v7j0HSOUCkuwAzl
            gT05wM+1U6821Z6nzWKxt37ugurAtFnc3ByARnHJBHWkq1XlsfP1KrqNr+v68zhryby7hgrrjOein+daRnVaOinh5SV0vyK+ksRc
            KAcZUHI46jJr31haUvea3PocVNzWv9bneaS58sbgGy3cev0qamFpw0R8xOUppNsm1P5lXtuUnjsc44pywlON32dh0IKSV/61OEuy
            BcuNqkDGOOnGe1c6wtOaTaPoqaTgj//Z
            """,
        rgb: """
            IuKPCu2ZOPuYKP+pLv+1Qfm8dOnPQN/PVszYhdTTuODRwenW4ufbx93U8s/C3cWy7OXe4+LI/9+sx92by9+WsuSUnOuPhe+JffZt
            cO5mYeBbWNFRKcacCMuOI9OuN9mlPdivQdLMZcq7YMPRlM3cpdXXut/UxebY4+XcwdzV4dDD0ce0/9nP7te54dSevNOMqtSHudmF
            kt5/heJ4e+xyauhpVeBZSNhKHNmZP9m3O9eXKda5JtfAYtisa9nXU9q/hc3iidPbkNvWruDY297b0NfU883D6Me0/8u89Mmnz8eM
            xMZ8psh208tyls5qi9Figt8pbt4oVdwpRdwuE+K2UNyaOdPMJ86yIs+3cNbZad+tX+bNlMflp8rdoM/VrNHUw9DVxMvP1cW+t8Gw
            88Cv6cCb3r+C1L9yxr9r4sBlp8FbksJSidJBdtE6XtEwT9ImH7WvGa7TCKWsQp7SQaDVTKm1S7Xgjb6+U7nkkrran7rPtLrLyrnL
            8rbE/7S05bOn3LWm0raU7Ld8wrdszbdlxLVdprRQjLNFe75La71BV7wxS7kgI53KFZm0FpTiPZHON5TROpvrSaPBcKnZfaXfwKPS
            v6DEyp2+vJy82J213Z6nvJ+a2KKZyaOI5aVxoqZirqVam6JQlp5Bhpw1aJ4yWJ8sQ54iNp0ZIYPDKYTcR4bMMYnnKYzrSI/XbpHs
            TpLWcJLXm47Jk4i6w4OxuoKu04Sn4oiZ5YyN4oaG14l13Ixgq41Rn4tJp4c9l4EtlX4fcXdWXXtLQYE4LoYiKUbOCUvPQ1LjSVnn
            SlzrS1vwilnidlbkmYbSnoDEg3mzx3OpuHKmvnafzXuR7H+F6nJ37HRn3nhS0HlDrHc60nIup2wcrGcOi1sqcmImT24gNXscFUHh
            AEDZNT/TOkDYPETidErmdFHhcVXZkmOtz2Kp1lujxk2cz0OYyEiWwluW2GyX8EN06EtU/1dG52FSvmJPilsyqFAgh0kldE4dWVAd
            S1QeUlYgJBv4CyvrIkPcHVTVFljSQUzLWTq8WC2vXUy9ck+2i0yppEKb2DeN5zaD1kN99lB62zVTwT1ozUlax1ExwFMviUxJm0I5
            lDsJdkA9X0I9V0Y+ZklAOjrsOTHgLyXRMh3LKB/JPSvCbzu0aUankC/HgTe8pjyqtzaT2il+4yJsvCVf6CxZ+SFbzyhIyTI6wjo8
            1js7lTYwii4jmigeeSwkXC4lQzMnPDYpCRTIKRvBGya8Mi/CNC/ONynTcB/PZBjHiB62hiqswDSauTKEvyVv1hlewhZS9hhM7BFZ
            0BcwyB8iqSY7yCc+jyMgaRwXfBcqfRs6Yh48SSM/PydDABHNIBnFESK/KinDOCjNNyDSaBXMYw3Eix2SmSmLyTR+szJwtSZj5xpZ
            7BhT/BtQ7Aww7RBB/xczyBwU5x0azRo6oBY1pxISfRU0Zhg4Tx4/RSNFHzTvPCnhKBnPJw3FPAu+RxOzYyCicymToiF0rSpvsDBn
            qCxesyJX5h1T+SJRyylRwxMzwxYt8BogrR4YvCAhtx4vixsuhhkjhBsebR8lTiUvNyo5KRLnMiDYKDLEED22LTqtSCifRhGLagF8
            cCJqhSVleCZcoR5TsBZLyRlH/yhFwzdE6R9CwiIT/SUGwygovyk0uigckiceiyY+fidJbStSVjFgRjhuKDa8KjKxMyulFCSiOyCk
            YR+iRCGWciKLjB9tsCBmoBtb4BFO0AtDuhQ7/yo33T01/Cklrisr8C0fyy8MwjEYuzE4mjA8mi8nXjE9UDVHODtXJUJoImTKAEq3
            KDDEOCyTLTigYkFrjTtyhS9anzZkhDtnokJjx0lTvkw+w0ww1kkwy0c13Dog2EkV2EtB3jwrtzUklkA3pkwco086TjxfU0BvUECC
            NjWILHTAHV+uM0m9NkaOMFOeUFtraFdzZU1cqktPk05UrlNS0VdFylgyzlYm3lMm11As+U4f31UVzFZCzU0uvkgpsE4+pFckf1tD
            gEthd1FyYFSER0uKFIWxKHehKWqyKGqGO3SaTnxqW3p1Z3Vfd2s2bmw8kW0/wG02zmon3mYd9mEf/F4l+G4d4mgU1GVDw2gyt2cw
            vGNIpmcwdm9QbF1kYGV0PmuHOGeOAIeiMYSTG4GnF4R/QoqWT5BpX5F3eZBjg4snf4kwloY3toEzwHsnwXUgzG8i2Wwo05Ec3ngU
            8nJFyIQ3o4g4s3dSq3M8lIBdeWNlbG52NniKLnmR
            """)

    /// `adobeRGB`: 28 × 20, sampling 2x1, 1x1, 1x1; jfif=False, adobe=0, rgb_space=True.
    static let adobeRGB = Vector(
        width: 28, height: 20,
        jpeg: """
            /9j/7gAOQWRvYmUAZAAAAAAA/9sAQwAQCwwODAoQDg0OEhEQExgoGhgWFhgxIyUdKDozPTw5Mzg3QEhcTkBEV0U3OFBtUVdfYmdo
            Zz5NcXlwZHhcZWdj/9sAQwEREhIYFRgvGhovY0I4QmNjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2Nj/8AAEQgAFAAcAwEhAAIRAQMRAf/EAB8AAAEFAQEBAQEBAAAAAAAAAAABAgMEBQYHCAkKC//EALUQAAIBAwMCBAMFBQQE
            AAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldY
            WVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk
            5ebn6Onq8fLz9PX29/j5+v/EAB8BAAMBAQEBAQEBAQEAAAAAAAABAgMEBQYHCAkKC//EALURAAIBAgQEAwQHBQQEAAECdwABAgMR
            BAUhMQYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGBkaJicoKSo1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdo
            aWpzdHV2d3h5eoKDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm5+jp6vLz
            9PX29/j5+v/aAAwDAQACEQMRAD8Am0JhtLZ4wAB1/wA9K6UuTB/CpIOBng4969r+0Ib9z3/do0djjfEC5bLZC/N1GR/h3/TFcmzq
            rEeYVPfJ6/pUvModWfGZhiHUqe6d1oS8rxwcZzz/AJ7+9dM4zajgEdMngHvmvgXXqLqfQ5piPZxcUcV4gdmfcCcHGRnr7cVy4meH
            Kx7guc8Yp+2qJ6anyFODqy5mjtNDdjG7k8pyO3bNdPdZtom2HIHIDc9zX0TwdK22535pN85x2vgBHfGWADfmQK5STCHO0Hd8xz2z
            WHsYRV0jpyvDwnqz/9k=
            """,
        rgb: """
            SfF9euyCc+KLjNmXjs+lwMyysc6/v9TIzNzO3+TQ3OjP2+nL7uXG7ODB19m80Ny7rem7qO+4ku6um+2jZ+yUN+qFRel2B+doMOZd
            IORUFOJOGuFLRO2PbemUZeCcftiojdG0xM7Bvs/NztTWztva4+Hc6Oba5ubW7OPP5N7Kz9nEx9nA1t+8euK2reGsVOGgRN+RUt+B
            Sd1xVN1jHttWGdtNFtlGF9lDV+OlcuCpZduxdda7jNDHu8/Suc/cxdPj5dfm7Nzm6d7j3d/d2N3W2NrP1tbK0tPCstG5i9CvotCm
            c9CZcNCJMNB5VtBoHdBZCc9MD89BE886Ds82YNGxcdC1ac67dMzFl8rPt8nZtcrhvMvm1c3m1c/k3c/e3NDX1c7O2M3H0szAvsm4
            wsWtscOjicOafMONX8R9IsRtZMVcI8VOMcZAN8Y2OscvM8crTrW0Xra3aLi9d7rFqrzNvb3VwLzbxLvdr7ncsbjX07bP7LfG57e7
            5LmzzbqrnLqkw7aaibWSn7aIhrZ9RbdudbdfRbhQVbhCG7k3GbkuFrooFbolS5W3W5i6cZ2/e6PGs6fMsqrSuKjWuabWyqDTu53M
            1pnC6Jm32Zyr5p+h6aKYvqOPoqKGkqF9haF1o6FrTKFecKFSRKBFPKA7L6AxJaAsHqAoIaAnTni/W3zCeYXGeY3Mr5TSn5fWqpbZ
            rpHX44nSzYPJ4X++4n+xvoGk04aZ9IuQ2oyFv4h1woZraYVjjIVbPoNQMoNGYIE9M4E1IH8wFH8tCH0sBX0sPWbIS2vKcHXPcH/U
            q4fZm4vdsYndvITbvHrVunTM7W7A9W6zvXKlvneZ1H6Qs32Bt3Vsj3FfuXBZom9Sb25IaWxAOWs4I2kyKWcvHmUuDmQvAmMwYVrM
            V1rMbFrKclrKr1vJl1vKqVvKuVvK1FzHw1zB6l21512o5l2X5F2JsV58uV1twVtbv1pOl1hHc1c+elUzeFMpVlEgOlAZC08WB1AV
            GlAYQFEZNEXRZkXQeEbNYUbLk0bJv0bI0UbHwEbF1kfB20e5/Eeu4keg2UiP5kiBxUhzxUdmy0NXvEJNkUFHb0FAYUE2REEuKUIn
            LUMiIUUgGEghIUojO0wlXy3YWS3WWy3Rky3NpS3InS3EpC3A5S27vS213C2s/y2g4i2S2C2A7i1y2y1l0ixZrypNnylFgSlAcCo7
            YCo2PSwxOC0sXDAqIDMrEjctEDsxHT0zUSHegiHbeCHUhiHNfyHFryG+rSC2yCCvuR+n1R+d8R6P6x6B5B5w4x5i0R1Vwx9IviM6
            tiUyliQwdyMuXSIsOCErLCEqRiErNCIuJSMyHSU3ISY6QCTgdSTccSPUgyPLgCK/tCK1uCGr1yGh3x+X3B+M3h5+8R5w6xxhzBxT
            vhxIuCI5qCwoszEfli4gaishWCchRiMjLx8mKxwpMhguJRYzGhQ5GBM8VyvfVyvaXirRlSrFoyi4miirpiaf7CWU6SSJ2iN+ySFx
            7CFk7x9Vyh9J0R8+1iYxiTIfnjgYiTUaZTIdYi0gXiklRiMpNB8vHxo1Fhc7CxRABRNDRSzdfCzYjyvMbyvAkSmwtCijyCeVvCWK
            yiR/2CN0ziFo8iFc8x9O1B9D5h063SIvrCwksTAgmC8ieC0naCosTCgyLiY5KSU/KyNFJiNLHyRPGSRSXCraXSrVfCnJgim8uCes
            oCadvCWQ1yOEtiJ56CBv6x9j/x1Y9hxL0RtB2Bo3tR0wmSErlCQqgyQteiQybiU5RyZANSdGTSlNHyxTHy9ZHDNdGjVgZEavZEOr
            gDujjTWYlTCKpi98uDNt3zlg0UJTwkdJ8khB40U78z031zQ0zCoz1CouvjInojgkdDgkhTonUDoqRzwvQT81PEI8OUVEBElNCExW
            Ik5baV6rZ1une1WfiVCUk0uHn0t5q05pxVRcv1pPrV9F22A90F037lYz4k4x4UUv60Qtt0spok4oe08qiVAtWlAyVFI4Q1M+P1VH
            OFhQCVpaC1xkJl1pU3ulVXmhY3aZgHOOmXCBp3Bzs3Nju3ZW23tJvn0/3H43xnsx4XUt128r0Gkp0mcqr2gspGkvhWoxjWs2aGs9
            ZmxFQW1OPm1ZNm5jFG5vFG96KG+ARIygTYycUYuTfIuIoYt7r4xtvIxdr45Q/45D3o857Y0xyIwr24goyIYlsoIkp38nqXstp3k0
            kXo4jHo/cHtIdHtSNntdNHtqLnl2I3iDIneQJHaW
            """)

    /// `adobeYCC`: 28 × 20, sampling 2x2, 1x1, 1x1; jfif=False, adobe=1, ids=(82, 71, 66).
    static let adobeYCC = Vector(
        width: 28, height: 20,
        jpeg: """
            /9j/7gAOQWRvYmUAZAAAAAAB/9sAQwAQCwwODAoQDg0OEhEQExgoGhgWFhgxIyUdKDozPTw5Mzg3QEhcTkBEV0U3OFBtUVdfYmdo
            Zz5NcXlwZHhcZWdj/9sAQwEREhIYFRgvGhovY0I4QmNjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2Nj/8AAEQgAFAAcA1IiAEcRAUIRAf/EAB8AAAEFAQEBAQEBAAAAAAAAAAABAgMEBQYHCAkKC//EALUQAAIBAwMCBAMFBQQE
            AAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldY
            WVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk
            5ebn6Onq8fLz9PX29/j5+v/EAB8BAAMBAQEBAQEBAQEAAAAAAAABAgMEBQYHCAkKC//EALURAAIBAgQEAwQHBQQEAAECdwABAgMR
            BAUhMQYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGBkaJicoKSo1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdo
            aWpzdHV2d3h5eoKDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm5+jp6vLz
            9PX29/j5+v/aAAwDUgBHEUIRAD8A6GG/RI1yw+X0qtc6goHJLA5Oa59ZpAnRtx6YNUry4mwcqdx7AYrpnRhT0R31cCnSubFzqKHc
            WcFfbvTft0bAM20kiuUkmmZyOTk1PHKyIA7HPuK4alFzd7niwwMU3qdUkCbE6nfliD0zVW7gjREIBycd/bNXk+5D/umqt9/q4/qP
            5VzYmcufc9qcn7O1zK+yxeeFxwTjP4D/ABqYW0SjG3OOOaUf8fS/739BUneu/DO61PB55cz1P//Z
            """,
        rgb: """
            p8Z4wNyR2/Cv4/K54OW83+DA6+rV9/nr7/nuy+DXvuTXuvDgnefOh+DCfuLAZtu+afDfUOfUPt/ANuKyNumnL+WSINJwFr5RSOJw
            TtxmSc1WPrtFscqGx92d3+635u6/4eG/3trB5+HR8O3k3N7ZvM3HttXPtObanN/NiNzCf97AZte7Y+jTUOXPQOC8M96qKd2WItiB
            Hc1oHMRVR+BrUN5kUtRaSshNscGSxdCl29+85ODF4dXF4dDI6NbW7t/k0MbOtbrAtMjJstnUm9XJjNXEhtrDa9O6U9W7RNi2NdWn
            KNCTHM19GMttHc1gJs5XONFVR9RUUNFSTstLqqyXvLmo0ce93szI4sfO5sbT7cre8tLp2MDWwbXJu8HPtMvTmsTDjcnBitDFcMy3
            S8SlN8SaKL+KHb56GcNtHMhkI8taLMtUJbc6Ob4+R8NBSr89tKKuwKu60rXJ37vV57rb67fe8Lnj8Lvn57rl0LDXxbbVsLXLkKe1
            hq+1hbu7a7eqV8OjPLyMJ7F2H7JrIL5nJMVeI8BPI7c/IKYrOLEySLc3SbQzxJ7NyqPS16fb4qng6Kbj6qLi6Z3e5Zrb5KLg0p3V
            xqLQq5vAhYmkfJGke52pX5eUZryhSLOHMaZvKahlKbJgKLNWHKM8FJIkKJgoP6YzUqw6UKc0w4rZyIvb0Ive2ozi5Izj5YXf4X3X
            2njP2H3NzoHJyY/MsIq9iXmgf4CeeYifWnyFVpODRJRxNpFlL5RcKZZTIZBDE38pDXAVKX4hQYwtU5M1UYwutWzYumvYxGza0W/e
            33Hi5G7e4GbT2WDH0mC/z2vB0oLLvoK+mHKljHqig32fYW5/PmFdOmtYOHRYM3lUKXhIHm81FmIkFFkWJl8aP2wnUXQwTm0pslbb
            tlbbwFbaylXZ1lTY4FfY61vW72DU3FTAyE+usEqdn06TkliTg1uNblh/XVRxXmRwRlhYM1FJMFZHLFxEI1Y3HUsnIEYfNE4nQ1Ir
            UFYwVlYyrELYr0HUtz/Swz/Q0D7N1zzG2jm92Taz+F7Q4lW7xEylrEeTlUmJgEd+Zj9sUzleWUphRD1NMjY/Lz1ALUNAJT80IjYr
            JzMnLy8jPzUrUD40W0U6rTjXrzbTuzXSzTrT3DzS4zfH3iy21ySk4zet0TSduTCMpTKAkTZ5fjdvaTNlWS5ZUS9QPCQ+LB41KiY3
            KS04IikxIiUsKSQrIxIcNBgkSSUxVy48qivQsCzPwC/S1jjX6j/Z8zvN7C244SKjyA+GvhN9sBp0oyJyky1vgi5pbSpdWyZSTyNH
            PBk5LBMwKBoxJB8zHhssIBkrKRotKw8mPBYvTyE9WipEnxu/pxy/tyHBzSnG4SzG5ye44xui2RGO0Q+ByxV6vh52ryVymCdpeh9Y
            XhRFSA43Th9BORcyKhIqJBUsHBcrFhMmFxImIxUsNhw3RiI+WCtKYDFRpBy+rR/BvSHCyyK91xyz2hOi2wyS2AiC1Ap4zRFywBhv
            rBxkkhpadBFIWAk4QwUsSx47OBgvKRQnIRYnGBYkEBIhFhMkIhkuMhs1QB88TiVFVSpIsyjJvi7MzjDN1inB2x6w4Bag6RaX8RuU
            3g971BJywhRpqxVckRVTfBVKbRdGXR1ATSM5Nx8sKh0nIyApGx8oFR4nHiIuLSo7MiM4PCI7RSM+RiI8ry/AvTjFzTzH1TW51iij
            3ySX8i2W/zuX+zuO7TmA0jNtsytbliZMgyhHejBJcDpKTS0yOioqLikmJy0rIC8sGi4tJjU8Nz9KQj9SSDxSSzRORS1HxV7RnDCf
            sTqi6mnG9GW330OK2DZv2jdk1jlY1EJXyUpVqT9BnktFkFBGdUQ2gV1NSjUiR0AtLDEdJDUjIz8wFjcuLk5LITxDJzdGPkRaTUhm
            Rj9et2S+lj6Uo0GOyl2g01qP0lB24lhx6mFrx0E+ylBBvlU/ok0wlFYxgVQraUkgcWA1S0UhTFIwMUIiLk0uJ1I3Gks4LVxSIU1M
            IUFMN01iRlRvR1BvrGauoFiasl6Zw2aTxFt81GBz7nN48ndvzlpD2XFOyHFGsW46pHM7hmgscWEjcW80U10rVGs/MlUrOWlBKmZE
            IGJGMHBfLGdhLFthPmNzTGiAT2eDomWhtnKr1oq524Wqz2uD3HF773x35HFe2WxL7o1g1oZRxYlLs4pKinMtfnQtdXo3YXI7YX9N
            NF8xQnpNJ2tEJ3FQNX5qP4N4Qnl8S3mGVXeQWHaS
            """)

    /// `standardTables`: 31 × 23, sampling 2x2, 1x1, 1x1; dht=False.
    static let standardTables = Vector(
        width: 31, height: 23,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj
            Y2NjY2NjY2P/wAARCAAXAB8DASIAAhEBAxEB/9oADAMBAAIRAxEAPwDoHvY/J2kc9QB/Osu51JCeeB3PpWTLK+wZ5DHH09qybqeX
            zDksSeoI5rs9jCkrI0x+Bi0dGmpJv3MRntV+LUYzztJXH5VwqSuSOD0BOB/n/IrTgd2BAPykDoPxrysRh/bSFl+Cgjo59NDA7dqg
            8HPPNY82mbmwASOvXp0rqJeh/wB7/Cst/vfh/UVySxFRzs2ZY6tO25lQaYDhtoweTk/hWxBpicDaGAycdzUNv9wf7v8AWte3+/8A
            gf5130m7XOfBV59z/9k=
            """,
        rgb: """
            0td5xs921N+Q6/+63PfArdSolcyvm+PPjunae+vdZurdTejWOubOKebIIObDGujEI/DPIe3IH+W0HNmZIdCBNNRyUuFrbuxkdt5J
            kuhFqe1AseQwttoiwdkfydke3dqJ3t+R4+mj5fC21+q9u928pNS+ldXHlOfffebfZuXcUubYQefTMObNIeDBFNq5I+rLIObDIN6w
            IdecK9OGPth4WeJwc+hkf+FQk+NEot85rdksvNknzuAs1d4p4tKX7eCp7+S239232N7E0uTUu9vWl8rLlt3hgdzfaNrbVt3ZR9/T
            Nd3MJNbAFs62Idm/HNO0Hs2kJcyWNtCIS9Z9X9hucNhdj+NanNxIpNE2r8spxdQv3uE65eA64L2f5ser6c245c/E49jW3t/kxNTj
            pMXYkcXaf8vbbMzaVcrRQcnJMcjBKcm9Js28GcCuF7uiG7aUJ7uLPMKDUMl5YcZmbMBQl9dcpNJMrMc6tL0sx8Mu38877NQ+5Kiw
            3KSt4K287sPX7szn1cDhurTap7PbiKjPfbLUbbfUUrHHN6i2KaqwLri6N8jDGqqgGaaTHqOILKmBQrJ6VLVuY7FdbalHjbdJpLlE
            sbU8tacqvqIk0aor4bEz65jE35C94ZfI7qvg563nyJrYrpDQopbUg4zHeJbKaJvITpe6NI6pJ5CjK5+sNa+0HpaUIZWKJ5R/NJd4
            Q5ptVJthY5hSb5JAfY4ymJU0rZcysYwktoIcxIUe04sn6n/P74bY7Yrd4YXa04DYxoLZuILYpYLWiXjGeH3BZH65UICxQIGpMoGg
            J4GbIoKSH36CJYB7LYF0NX9oPntZSXhKW3hAbHc1eHAnkngrqHostHcnwXUpz3ct1XQt5WLS/X7v+X7w1WPUxl7N0nnlz4Tts3nd
            k2/Je2m7ZGivV2+rUXutQXujJmqNEFtyH2dzJmxsMG1mNGlZN19FQVs4VF0yaV8sgWMtl2Yuq2gxvms11XRB53hK42xB1EDK51Xe
            5ljiz0nQwkbKwFHRqkvDhTiornXciGPAXlCfRkuPPlSNN1uLJ1d/GU5tEEVVIlVZDTc2LU5HLUQyTFQ8QDcYZUgmdEQegT0Yp1Ew
            pT0gyVI65mVQvDMj5D7c2jnV1jjT1EDW0kfYw0TPqz3AlTqzkEi0dkOiXDyRSz+HREqGO0+CK0p2H0NlIEZZKU5XKkdLKDs5QklB
            QjsrTDMfZDokhkgzkkEusEw9qTQryUVD41RYvygx6jnizB/HxBvA1TXV2EHavjTFqS+2pDy3eiaVZyeHUiZ7QClxNi5qLTRoJTZk
            HjZYGTRJHzpFNEdOFyEjRUE+MB0WTSshYCoggzozkDUyojQ3nB0ouSw/0DdTuhk64SnZzxnGyBjB0yrNzzDLtyW2qCaspjewiCuW
            dCqJWSV3Px5jLRtXIiBSIypWJTNWChwyGy86LDlBGRwhOjAxNhwbTyYkZysreCctjCs0kx4xkg0osRxCxydVwxtP0hXH3CHQ3ijS
            0CTGvhu0rxqpqiOkpC+kjiyTfi+KaS97TyhpOCFZKSBPJiVPJC1OBhUoKDlDIis0KyowKR0fSSwuSh0gayw0eyk1mTNIlh08nBM9
            uiFXyCVk0SZszg+/4yfU6zTc1yfIvRaurRSgqyCfpSydeBJ2bx1yZCZvVChlQCVYLB9KHxpCFRo4BhMkLDpFFh8oJyYsGwwRRyov
            PA0VWRoleCU3oTpXlhxDoxlNvCNjwBxl0iV32RnH3R/L5SzS5TPRzSW6rhObphqUrDOdgRl4cB1vXB1jSx5XOx9PLR5FIhxAGR04
            ChcnJTM8HCUuFxYeKBkgQyUtRRchUhIiahYtmzZWjxVEpRtWviduuhdo0yaA4ynIzhex1CK27ULO3Ty9rBmMnhqAsT+WqEqUiT98
            ZCxdRSFHNiFAMytDNTZKND5KEygpITgyL0A6DxURRUA9SDQzYDxAXycyWxImlThXiRlHqChhxDd8vyZ22jqS70TE3jaw0C2g1Dij
            1kWix0SSqzh5kTBjhDhee0NcZD5NbVpgPj07NkE7HjIpLEg5KEwwJ08sCiwLMUgrRU83ODUkXUlAWTIzh09chDpTnkJnuk5/uD55
            uDV5wzmE6U+v4Eul10ia1U2V11qU0WGPvF17o1ZmfERHbUhATTwsV1lBNUUoMVAwFz8cHU0lHFUiIVojDT8MLlgqQV03OkkqYV9K
            ZFJIe1dbg01dqmF+xW+WvlqMwFCKz1iY93Wz93q07HOm02WMx2N9wWt4rmhmkV1Ph2VKcmQ/S1EjVGw4OF8oPXM5I2AlImgqIW0s
            J3Y0H2coOHU8Q3NDQ2Y+Znlbc3RigG5qjGlwsHuPxYKhvW2Uw2qa336z9Y2m/Jmu75GfzHd6tmxjsHRcn3NOgmg3joZIfYhDVXQo
            WYg4OHgkQI46Kn8qLIo2IIYzKI0/LIpANIlGOH9DP3dGWoNbb4ZqkZWHk4WEqIiTsoWZrnORwHyh4pfA3JCC5Z6K4J+Dy5FrvY1c
            vJpbs6FVoKBIgZIye6A3V5EjUpwtJ4EQMJYmIY8fJp4yD40qF5Q4KZ9JKJVEKYlCOYtNSopYZJJtlrKZkp6QoJuYrJihro2ewpiw
            1qTB3qh6361637F22rVv0rdmybxewcRZuM1YeaAjfLUyW6kiU7EpJZMMMaslI6UhKLM2C5sqD6A5MrpYLKtQMqZVTrJsVKVrba+B
            jr2bka6Yp7OpuLe1v7C3zrbD0bLC8cmE4b1z3r1s5c5x3NFowcRPs8RCsdNIfrQgfscvX7ohWsQsNbAaRs87NcQ0M8pBErA1FLJB
            PtRpNsJfQcBnY9OHWrl5cb2Mh8Gbj7qeqcGxt8O5u7q4z8TI2MfN
            """)

    /// `quant16`: 31 × 23, sampling 1x1, 1x1, 1x1; q16=True, quality_scale=0.3.
    static let quant16 = Vector(
        width: 31, height: 23,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wCDEAAFAAMABAAEAAQAAwAFAAQABAAEAAUABQAFAAYABwAMAAgABwAHAAcABwAPAAoACwAJ
            AAwAEQAPABIAEgARAA8AEQAQABMAFgAcABcAEwAUABoAFQAQABEAGAAhABgAGgAcAB0AHwAfAB8AEwAXACIAJAAiAB4AJAAcAB4A
            HwAe/9sAgxEABQAFAAUABwAGAAcADgAIAAgADgAeABQAEQAUAB4AHgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4A
            HgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4AHgAeAB4AHv/AABEIABcAHwMBEQAC
            EQEDEQH/xAAfAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgv/xAC1EAACAQMDAgQDBQUEBAAAAX0BAgMABBEFEiExQQYTUWEH
            InEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygpKjQ1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOE
            hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T19vf4+fr/xAAf
            AQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJCgv/xAC1EQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGh
            scEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqS
            k5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/
            APQNU8W2qR4eUCGJSrZX5GYjj1IHBxn+6DzXt5Zw5Uowaa957d7J+bWu33+Z8rxJk05Rkkt9drf8Bq3TW/yOUHjKyW9SWOU+WoZy
            rAY39M/4d8nHevYx2AdKm09On/BW343+R+bQyas6suaOq83uv+D2031NrSvG9o0XBCkKfLVWCkk9cgnJAyeOnBr8n4hdVq0lvu3r
            6bfn6WP1ThfIqqqpfi72a9dvx0v31OiTxlbRyqtnOd6rltr7lkA47Hgjd0z2/P8AMcRltXEznOotG+nS+vXf7up+mrKasaF5P5/8
            Pst0fOHi2/uTKyb5ncZOW54AOSAM/wC1g+v0r+1adWFKnF6LdW/pr0a9OmhnxBhafK5Ja76Na9b3eiW276HCXmoX0Vy25ZEhY7yw
            kxtBBHBI4x6j/wCtXzOa5lSq+5F3e9vl01t83+GrPiKWEpTrLntfXS356vfr9xvaBqd+UwxniLAAGTK9MHcB/DyccY5I5r8wx1OF
            eSdtmu2vT57dfXWx+ocOUsPKzeu/pqm/Pp06/g+0trzUZIV8soz7j9+UJj8W6DH8vpnDA5LGtrUh/Xm76u/9Pp+g4ilRlS/eaXWm
            1t+2tt0tnrv3fZeMvBaG08/bGirgNkgg59eOh3D3xj0NdeL4smpezk9f6f8Anp5eiP57zvPLLl1W9+qW3/BtutdtjgLjwXFjyejy
            c7GA4ORk5yRzn0HB7kkV48s7qzkpR1vt6O/ez2T7bejf57DPnze0l8u2urv1/wCGO08PeBYfs/l55YmJiW+70K5OCSMvj8vSuOji
            pSmm27Wv0a3s9NF02/yP0Th7iOvOMJSe1l56/wDDeeuvkd9b+AkvbGFRBG8m4lQzBcqMg9OnOO/bt3+wy2cqEU7ad9H+bV/636fe
            y4lqJRs7XXr+f3d/Nn//2Q==
            """,
        rgb: """
            otGLreqlf/Wpo/2bfuGzifHYU9ewG+3US+DMJNG+L9HGHu/ZRvDtC8q6GubBYOrRUsvgWs/YgeykU+mPkt2istmWz/RmutZd0MWD
            +d9A8M9K1Ncm//dQ5fw6//Y0zcJmudWipeKcp+q+p9m2Nt3mVv/LZt7FO+HTI93cAeXoHfHlBc2mLeDKIv/ZQPe1OvC/PtObV++8
            l/mufuabdcZ3yLuExOVazMZ8vuE8yNc019Aq/NYd5tAk5uYk3NyqkM+WnenClsi/fqvKZq3lY/7eMea9MNzeSMPkH8OrNNesDLbH
            H67oTeLeUt+bUe6dUOufheC1htSWbsebtMV+seR93axfz8uLyN9J//A95bsx4csoxrIr0f8kjp6bqNeGsdm2gcioTcPfisXLWM2w
            SuTKI9DUT9X6NM//ALvYILmdMMSkWsjJIdenNMmsXbyQTdCceqypms5pm+9ls+RXrLQro8lY1Nst+OgM/+Erzcsh3qs+wrsvzZ7C
            0MuhsKWtkM7je5Xserv1V87sN6bbKcXRHc/bG+fcBbrDF53QKNPbK7KrHsbRaKqGRsqQWK+Ea7Z+i88+oc1eq61Zv65E3Nsr4L0Z
            xMIi4LUr6cJN76of36gxvavdraG3lW3Oj4u+gZTZcLTZWsHUV7mqH6X/KYyzJaG7HqLiAKPJLoyoT6CzHqubTI1XV7Z+VJJhaKRC
            kIVHsaNKsnM9v3tW45ZE86FLvZQi7Zkc1Isl5scXx5YVvYvGkXOniJX/go3cXpTccWniaWz5N4fgTmPYDIzJAJy5JHu+IXrKK3Wm
            Ra22HneVTGWOYHVsQoxzUbl+eKVkoaU0wnkq724s06I746NJ8Zgi3nAlzVlA1ZRA3ZI1o2zs0F/1qlnZfVvtraW9WXHfWWXHMl3g
            TVbfB2fLK2zUF3PGFWqhQIaqHVt0MXmFNYFnUF6DhmxviVJNcWFHlE9AtHwnp3Qjv2wcrVkq5F8C1HJD1FA36HZCzosy32O7q13k
            jXDnikT1amXLaDHLLz/2XEi7QjnKIFLBG0WzOEXSE1zLAEphP1JyGG5/V0RXUFBckWQtlU5MjWEykGA4wzoEsX1B0lJR52Un/0Ua
            /Vwo1k0Z11AyyW4fwkHmlE7Alj7/fiq9ej7UTy3CUWbRPynJQT/GISe7KCJ8FzGfIlN7NEx4MESJMBNNZEg8RkB+Ti1AWRkzkEpI
            sGsGt0AqthE88T0C9CIh1TdOzlYz6Vk/4Ugm5VAvyCbRqTDtpRfdfz/UeSvWQji/Pzr2HSnJSzLWTBykJhqIJTqJICW3ARdsMjlv
            OxFQSxQxTjhFfDUzdzNIiTUdhj4WzhgUuzMz+yw2tjU5/yVEy0Fb6z432yhQwzNooTHTuznByAnsmTvaiTWKZzTRUwuJXTClMEy5
            Ay6XAUF+FS2pETdoFTUwSSRyR0V3Lx0tPj5ggyM+ih06ciEq3itVxhgAtwlEtyssyiQk/yoQ6DQd4xll+SdO2ihkxULMuUjOnUHG
            dh7+gCDIaB2uSAvCMyq5PA2BGifBKACbKQBuGhllJwBYRBlOJh1WXSdBWyEwYQUqiSdAuAtAeywBqg8xuSRB5hgcsiIZ/SYuuSBw
            /w1Y/wBVxQ9mxCy9myK/ayK6oRTdjwvaXCGLO1C9AEuTGzKCHjmIPS12IgVZFhZwIRVDLwBTSzAFNBIiTCMdQRAAbiQAkCRWlBMp
            zzcpyhUmvjsF4iU5sCg8/EJNqiNL0jNT5gBR3TzXzxfDmhPZoSnWWiDEQxugbSG5WgCSNC6GRCSPJCZNIxtKJTdDDi5FOyJCPh1k
            IwwmUhQFSBMlczI2hiM3ZB5A3BMjpzFUuiZK4whA/xxd+CJi+EJr5iKQ51e2lkXouiiktz/SaA3AbC+OcCaJgEGaH0OXTC1ZMT98
            OVFrE0UsDkUoMDg7MhtjJAYoLVAwZj8uU0lRhzwnjQAzllEyqBEaryBL0Chb2itK7BBn8Rx4qTyN6RqMrUl7sE3ErEO6qjC5l0Wn
            iDOEbTSTZER2JjJYSUBdADBHMkVTPERPC20kGTEZLjxXFSojWEAQekI1kDcxdCBSb1cpxE1jr0I/wywh2j9R80df7FNo9Ul73DRv
            0TSD3iWKxlLPjHKPr3Hek0eFfVGqVlx2aFVoW055NlBFGl0+JDAmK1I/AlQ9NnBIIjhQO08qHEU1Wy0Jk2stjz4Pmnk0kV4fukpY
            rzd0wHs67V5g91uL4naW4Fak+zqT8TSqzXGkvFmcn4unlVCGU5SOdDRXSFBSMYFeO1NVHWkfQnZfBXwiGXgkInczJksgN0A9NIkH
            U1cKYX8bfGIXh28ZlGs/sGM1m15C8VZa0HRp+nCJ51al9I+vvFueyny4v4GM45umsYKm1HN+eINlaIKBNYtOUG9FJ3taLZVACXsB
            AGcUQm03SXxDHXQTJIoaNJMtOIZee2tKfaNYZpIxvJmFnqhR0mtKvIB47GyD/36a5raf4p7R2XaVzo6elpl+t5eYqJpZn4mMfZhl
            eopMaJJSR3k6FZctQ7ceFalRUctSQYk3O30lJKMUDIMzLqAmWZ8tSqtMgMQ5i4lWgIlas5N+p3GVx6t8yaWD1puT3IS07L6uvoex
            4nfXtcGZlZ5/tb1qrqmLZOZQUK5iXqgvbqRYHaFVGXJCIcwmDpwsFrUSNbw7DpwARqUjIsUuULo2ZJ1WltA9pKRAgaNPrsdp4r6A
            sqSK3IaR2qSk9tKi4LSr1sqY3rqg2qmIs9KposN0oeVca8RMcu1HTJ9NOcYsFtsFP8YhK7BuQcQeFpVQCrcFLL1UMr1YPdFFV8VV
            S6BlkuBYuasxobWQj6xsxcF6v7iw1q+q/8nO6b3h0MrW3sTz/cn3
            """)

    /// `gray2x2`: 23 × 19, sampling 2x2; gray=True.
    static let gray2x2 = Vector(
        width: 23, height: 19,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i
            Z2hnPk1xeXBkeFxlZ2P/wAALCAATABcBASIA/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/9oACAEBAAA/AOY1PcZGwpz3OMj8P0rR0MF5hh9oODt6Ac+9d7prZhfIYggDHTPP+fyrzHU5VMxb
            OM8/e9ufzP8Ak1e0dcuFySRwI+mevJr0DTMmMbnTCjB3Afr/AJ715rfqPtEifwg4/wDHc/zNXtGAaNWYZJHf8K7ixdksN6khs9fy
            r//Z
            """,
        rgb: """
            YmJiX19fOjo6Pj4+FhYWJCQkDAwMExMTHR0dJSUlRkZGVVVVcnJyfX19cHBwl5eXq6urvr6+vLy80dHR5eXl////29vbb29vVFRU
            LCwsKysrKSkpNzc3JCQkGRkZNDQ0JycnLi4uMDAwU1NTcXFxcnJyn5+fr6+vt7e3ysrKurq64eHh+Pj42NjYbW1tUVFRPj4+Jycn
            MDAwISEhFxcXAwMDU1NTOjo6Li4uICAgPT09XFxcXFxchISEo6Ojpqamzs7Oqqqq6Ojo7e3t7u7uUlJST09PYGBgNzc3MzMzAgIC
            CgoKAAAAIyMjHx8fKysrKysrUFBQc3Nzc3NzmpqapaWlqampycnJtra26+vr/Pz89fX1SkpKRkZGV1dXMDAwMjIyCgoKGxsbFxcX
            GBgYKSkpRkZGREREXV1deHh4dnZ2nJycsLCwuLi4u7u7ysrK3t7e////1dXVaGhoSEhILi4uFBQUICAgGBgYGRkZDAwMJCQkOTk5
            U1NTRkZGV1dXdHR0eXl5o6Ojn5+fqqqqpqamysrK09PT////xcXFcnJyVVVVKCgoISEhGhoaJSUlEBAQBQUFAwMDGBgYNTU1MjIy
            V1dXioqKmpqaxcXFk5OTmpqasLCwwMDA3t7e9PT01NTUV1dXXFxcQkJCUVFRLy8vPT09IiIiJycnJSUlMTExQUFBMzMzUFBQdnZ2
            c3Nzjo6OqKiop6en1NTUwMDA7+/v4uLi39/flJSUNDQ0Tk5OUVFRDw8PJiYmQUFBGBgYGxsbGRkZPj4+S0tLdXV1ZGRkcXFxampq
            qqqqtbW10tLSurq639/f2dnZ5ubmaGhoYWFhMTExHx8fLCwsFxcXCAgIHBwcFRUVLy8vVFRUNzc3REREQ0NDcHBwenp6m5ubyMjI
            5OTk5+fn3Nzc8fHx////bm5uc3NzNDQ0NDQ0NDQ0ERERIiIiGBgYDw8PLi4uS0tLHh4eMTExSkpKh4eHkJCQeHh4rq6uubm51dXV
            srKy3d3d4eHhT09PqqqqKysrGhoaYWFhGRkZCAgIMjIyJSUlIyMjMjIyIyMjVlZWbW1tj4+PgoKClpaWq6urrKyswsLCvr6+4ODg
            29vbXV1dT09PKysrSEhIFhYWAAAARUVFAAAAPDw8ICAgMzMzRUVFfX19bW1tcnJyZGRkrKysrq6uw8PDwMDA4uLi4+Pj9PT0SEhI
            YWFhMTExLi4uKioqEBAQJCQkERERJycnFxcXPDw8VlZWe3t7WFhYaWlpd3d3mZmZo6Oj0tLSxsbG7Ozs29vb////XV1dPT09SEhI
            REREDg4OFxcXMzMzAwMDHx8fGhoaOjo6PT09Xl5eVFRUgYGBm5ubpqamsbGxysrK2tra7u7u8fHx/f39PDw8RUVFOjo6EhISERER
            ERERAAAAAAAAQkJCNDQ0NjY2HBwcREREWlpakZGRnJycsLCwqqqqlpaWycnJ0tLS9PT00NDQWFhYODg4V1dXJSUlPDw8LS0tGRkZ
            Dw8PMDAwQkJCOTk5T09PREREaWlpZmZmb29vpaWlsbGxsbGx3t7e2tra9vb28PDwXFxcR0dHSUlJKSkpPDw8JCQkJiYmEhISICAg
            Nzc3NjY2U1NTTk5Od3d3d3d3goKCmZmZqampsLCw39/f2dnZ6+vr2traY2NjXl5eMzMzLi4uOzs7FxcXOTk5GBgYFRUVMjIyODg4
            W1tbWFhYgoKCgYGBjIyMkJCQpqamtLS05ubm29vb4uLixMTE
            """)

    /// `extremes`: 16 × 16, sampling 1x1, 1x1, 1x1; quality_scale=0.02.
    static let extremes = Vector(
        width: 16, height: 16,
        jpeg: """
            /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQICAQECAQEBAgICAgIC
            AgICAQICAgICAgICAgL/2wBDAQEBAQEBAQEBAQECAQEBAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIC
            AgICAgICAgL/wAARCAAQABADAREAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
            BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
            V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
            4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
            AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
            Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
            8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD/AD/6AP8Af4oA/wAmmv8AKc/7/D8hq/8AVUP/ADXT/9k=
            """,
        rgb: """
            AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////////////////////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////
            ////////////////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////////////////////////////////AAAAAAAA
            AAAAAAAAAAAAAAAAAAAAAAAA////////////////////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////////////
            ////////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////////////////////////////////AAAAAAAAAAAAAAAA
            AAAAAAAAAAAAAAAA////////////////////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////////////////////
            /////////////gAA/gAA/gAA/gAA/gAA/gAA/gAA/gAAAAD+AAD+AAD+AAD+AAD+AAD+AAD+AAD+/gAA/gAA/gAA/gAA/gAA/gAA
            /gAA/gAAAAD+AAD+AAD+AAD+AAD+AAD+AAD+AAD+/gAA/gAA/gAA/gAA/gAA/gAA/gAA/gAAAAD+AAD+AAD+AAD+AAD+AAD+AAD+
            AAD+/gAA/gAA/gAA/gAA/gAA/gAA/gAA/gAAAAD+AAD+AAD+AAD+AAD+AAD+AAD+AAD+/gAA/gAA/gAA/gAA/gAA/gAA/gAA/gAA
            AAD+AAD+AAD+AAD+AAD+AAD+AAD+AAD+/gAA/gAA/gAA/gAA/gAA/gAA/gAA/gAAAAD+AAD+AAD+AAD+AAD+AAD+AAD+AAD+/gAA
            /gAA/gAA/gAA/gAA/gAA/gAA/gAAAAD+AAD+AAD+AAD+AAD+AAD+AAD+AAD+/gAA/gAA/gAA/gAA/gAA/gAA/gAA/gAAAAD+AAD+
            AAD+AAD+AAD+AAD+AAD+AAD+
            """)

    /// Every vector with its name.
    static let all: [(String, Vector)] = [
        ("h4v1", h4v1),
        ("h1v2", h1v2),
        ("h2v2Width3", h2v2Width3),
        ("h2v2Width5", h2v2Width5),
        ("h2v1Width4", h2v1Width4),
        ("mixed", mixed),
        ("chromaLarger", chromaLarger),
        ("h3v1", h3v1),
        ("h2v2Width1", h2v2Width1),
        ("separateScansRestart3", separateScansRestart3),
        ("interleavedRestart1", interleavedRestart1),
        ("rgbIds", rgbIds),
        ("adobeRGB", adobeRGB),
        ("adobeYCC", adobeYCC),
        ("standardTables", standardTables),
        ("quant16", quant16),
        ("gray2x2", gray2x2),
        ("extremes", extremes),
    ]
}

// The encoder (Python 3, numpy 2.4, scipy 1.17) and the calls that made the vectors:
// # Writes small JPEG files with a plain baseline encoder (numpy + scipy, no imaging library) to
// # exercise decoder paths the fixtures do not reach, and records OpenCV's decode of each.
// import io, struct, sys
// import numpy as np, scipy.fft, cv2, PIL.Image
//
// ZIGZAG = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6,
//           7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31,
//           39, 46, 53, 60, 61, 54, 47, 55, 62, 63]
// DC_L = ([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], list(range(12)))
// DC_C = ([0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], list(range(12)))
// AC_L = ([0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D], bytes.fromhex(
//     '01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435'
//     '363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798'
//     '999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4'
//     'f5f6f7f8f9fa'))
// AC_C = ([0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77], bytes.fromhex(
//     '000102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f11718191a262728292a'
//     '35363738393a434445464748494a535455565758595a636465666768696a737475767778797a82838485868788898a9293949596'
//     '9798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9eaf2f3f4'
//     'f5f6f7f8f9fa'))
// Q_L = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22,
//        29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103,
//        121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
// Q_C = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99,
//        99, 99, 99, 99, 99] + [99] * 32
//
// def codes(table):
//     counts, values = table
//     code, out = 0, {}
//     k = 0
//     for length in range(1, 17):
//         for _ in range(counts[length - 1]):
//             out[values[k]] = (code, length); code += 1; k += 1
//         code <<= 1
//     return out
//
// class Bits:
//     def __init__(self): self.out = bytearray(); self.acc = 0; self.n = 0
//     def put(self, value, length):
//         for i in range(length - 1, -1, -1):
//             self.acc = (self.acc << 1) | ((value >> i) & 1); self.n += 1
//             if self.n == 8:
//                 self.out.append(self.acc)
//                 if self.acc == 0xFF: self.out.append(0)
//                 self.acc = 0; self.n = 0
//     def flush(self):
//         if self.n: self.put((1 << (8 - self.n)) - 1, 8 - self.n)
//
// def magnitude(v):
//     s = abs(int(v)).bit_length()
//     return s, (v if v >= 0 else v + (1 << s) - 1)
//
// def seg(marker, body): return bytes([0xFF, marker]) + struct.pack('>H', len(body) + 2) + body
//
// def encode(rgb, sampling, quality_scale=1.0, ids=(1, 2, 3), jfif=True, adobe=None, rgb_space=False, restart=0,
//            interleave=True, dht=True, q16=False, gray=False):
//     h, w = rgb.shape[:2]
//     if gray:
//         planes = [rgb[..., 0].astype(np.float64)]
//     elif rgb_space:
//         planes = [rgb[..., i].astype(np.float64) for i in range(3)]
//     else:
//         r, g, b = [rgb[..., i].astype(np.float64) for i in range(3)]
//         planes = [0.299 * r + 0.587 * g + 0.114 * b, -0.168736 * r - 0.331264 * g + 0.5 * b + 128,
//                   0.5 * r - 0.418688 * g - 0.081312 * b + 128]
//     hmax = max(s[0] for s in sampling); vmax = max(s[1] for s in sampling)
//     mcux = -(-w // (8 * hmax)); mcuy = -(-h // (8 * vmax))
//     qs = [np.clip(np.round(np.array(q) * quality_scale), 1, 32767 if q16 else 255).astype(int) for q in (Q_L, Q_C)]
//     comps = []
//     for ci, (p, (hs, vs)) in enumerate(zip(planes, sampling)):
//         fx, fy = hmax // hs, vmax // vs
//         pw, ph = mcux * hs * 8, mcuy * vs * 8
//         full = np.pad(p, ((0, ph * fy - h), (0, pw * fx - w)), mode='edge')
//         sub = full.reshape(ph, fy, pw, fx).mean(axis=(1, 3))
//         q = qs[0 if ci == 0 else 1]
//         coefs = np.zeros((ph // 8, pw // 8, 64), dtype=int)
//         for by in range(ph // 8):
//             for bx in range(pw // 8):
//                 blk = scipy.fft.dctn(sub[by * 8:by * 8 + 8, bx * 8:bx * 8 + 8] - 128, norm='ortho').reshape(64)
//                 coefs[by, bx] = np.round(blk / q)
//         comps.append(dict(id=ids[ci], h=hs, v=vs, coefs=coefs, tq=0 if ci == 0 else 1,
//                           dc=codes(DC_L if ci == 0 else DC_C), ac=codes(AC_L if ci == 0 else AC_C),
//                           th=0 if ci == 0 else 1))
//     out = bytearray(b'\xff\xd8')
//     if jfif: out += seg(0xE0, b'JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00')
//     if adobe is not None: out += seg(0xEE, b'Adobe' + bytes([0, 100, 0, 0, 0, 0, adobe]))
//     for i, q in enumerate(qs[:len(comps) if len(comps) < 2 else 2]):
//         zz = [q[ZIGZAG[k]] for k in range(64)]
//         out += seg(0xDB, bytes([(0x10 if q16 else 0) | i]) + (b''.join(struct.pack('>H', v) for v in zz) if q16 else bytes(zz)))
//     out += seg(0xC0, struct.pack('>BHHB', 8, h, w, len(comps)) + b''.join(bytes([c['id'], c['h'] << 4 | c['v'], c['tq']]) for c in comps))
//     if dht:
//         for cls, idx, t in [(0, 0, DC_L), (1, 0, AC_L), (0, 1, DC_C), (1, 1, AC_C)][:2 if len(comps) == 1 else 4]:
//             out += seg(0xC4, bytes([cls << 4 | idx]) + bytes(t[0]) + bytes(t[1]))
//     if restart: out += seg(0xDD, struct.pack('>H', restart))
//     scans = [comps] if interleave else [[c] for c in comps]
//     for scan in scans:
//         out += seg(0xDA, bytes([len(scan)]) + b''.join(bytes([c['id'], c['th'] << 4 | c['th']]) for c in scan) + b'\x00\x3f\x00')
//         bits = Bits(); pred = {id(c): 0 for c in scan}
//         if len(scan) > 1:
//             units = [[(c, my * c['v'] + v, mx * c['h'] + hh) for c in scan for v in range(c['v']) for hh in range(c['h'])]
//                      for my in range(mcuy) for mx in range(mcux)]
//         else:
//             c = scan[0]
//             bw = -(-(-(-w * c['h'] // hmax)) // 8); bh = -(-(-(-h * c['v'] // vmax)) // 8)
//             units = [[(c, by, bx)] for by in range(bh) for bx in range(bw)]
//         for n, unit in enumerate(units):
//             if restart and n and n % restart == 0:
//                 bits.flush(); out += bits.out + bytes([0xFF, 0xD0 + (n // restart - 1) % 8])
//                 bits = Bits(); pred = {k: 0 for k in pred}
//             for c, by, bx in unit:
//                 blk = c['coefs'][by, bx]
//                 diff = int(blk[0]) - pred[id(c)]; pred[id(c)] = int(blk[0])
//                 s, m = magnitude(diff); bits.put(*c['dc'][s]); bits.put(m, s)
//                 run = 0
//                 for k in range(1, 64):
//                     v = int(blk[ZIGZAG[k]])
//                     if v == 0: run += 1; continue
//                     while run > 15: bits.put(*c['ac'][0xF0]); run -= 16
//                     s, m = magnitude(v); bits.put(*c['ac'][run << 4 | s]); bits.put(m, s); run = 0
//                 if run: bits.put(*c['ac'][0])
//         bits.flush(); out += bits.out
//     return bytes(out + b'\xff\xd9')
//
// def picture(h, w, seed):
//     rng = np.random.default_rng(seed)
//     y, x = np.mgrid[0:h, 0:w]
//     base = np.stack([128 + 100 * np.sin(x / 5 + seed), 128 + 100 * np.cos(y / 4), 128 + 90 * np.sin((x + y) / 7)], -1)
//     return np.clip(base + rng.normal(0, 20, base.shape), 0, 255).astype(np.uint8)
//
// CASES = [
//     # name, height, width, sampling, options
//     ('h4v1', 29, 37, [(4, 1), (1, 1), (1, 1)], {}),
//     ('h1v2', 29, 37, [(1, 2), (1, 1), (1, 1)], {}),
//     ('h2v2Width3', 21, 3, [(2, 2), (1, 1), (1, 1)], {}),
//     ('h2v2Width5', 19, 5, [(2, 2), (1, 1), (1, 1)], {}),
//     ('h2v1Width4', 9, 4, [(2, 1), (1, 1), (1, 1)], {}),
//     ('mixed', 27, 35, [(2, 2), (1, 2), (1, 1)], {}),
//     ('chromaLarger', 26, 30, [(1, 1), (2, 2), (1, 1)], {}),
//     ('h3v1', 17, 40, [(3, 1), (1, 1), (1, 1)], {}),
//     ('h2v2Width1', 11, 1, [(2, 2), (1, 1), (1, 1)], {}),
//     ('separateScansRestart3', 33, 41, [(2, 2), (1, 1), (1, 1)], dict(interleave=False, restart=3)),
//     ('interleavedRestart1', 24, 40, [(2, 1), (1, 1), (1, 1)], dict(restart=1)),
//     ('rgbIds', 20, 28, [(1, 1), (1, 1), (1, 1)], dict(ids=(82, 71, 66), jfif=False, rgb_space=True)),
//     ('adobeRGB', 20, 28, [(2, 1), (1, 1), (1, 1)], dict(jfif=False, adobe=0, rgb_space=True)),
//     ('adobeYCC', 20, 28, [(2, 2), (1, 1), (1, 1)], dict(jfif=False, adobe=1, ids=(82, 71, 66))),
//     ('standardTables', 23, 31, [(2, 2), (1, 1), (1, 1)], dict(dht=False)),
//     ('quant16', 23, 31, [(1, 1), (1, 1), (1, 1)], dict(q16=True, quality_scale=0.3)),
//     ('gray2x2', 19, 23, [(2, 2)], dict(gray=True)),
//     ('extremes', 16, 16, [(1, 1), (1, 1), (1, 1)], dict(quality_scale=0.02)),
// ]
//
// if __name__ == '__main__':  # python make_jpeg_vectors.py OUTDIR: OUTDIR/<name>.jpg and <name>.npy (OpenCV's RGB)
//     out_dir = sys.argv[1] if len(sys.argv) > 1 else '.'
//     for i, (name, h, w, sampling, opts) in enumerate(CASES):
//         pic = picture(h, w, i)
//         if name == 'extremes':
//             pic[:8, :8] = 0; pic[:8, 8:] = 255; pic[8:, :8] = [255, 0, 0]; pic[8:, 8:] = [0, 0, 255]
//         data = encode(pic, sampling, **opts)
//         rgb = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
//         rgb = rgb[..., ::-1] if rgb.ndim == 3 else np.repeat(rgb[..., None], 3, -1)
//         pil = np.array(PIL.Image.open(io.BytesIO(data)).convert('RGB'))
//         print(name, rgb.shape, 'Pillow equals OpenCV:', (pil == rgb).all(), file=sys.stderr)
//         open('%s/%s.jpg' % (out_dir, name), 'wb').write(data)
//         np.save('%s/%s.npy' % (out_dir, name), np.ascontiguousarray(rgb))
